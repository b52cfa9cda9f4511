// Every business tool the desk offers, built once per workflow over the same store and clock.
import type { DeskDeps } from './deps.js';
import { scheduleCallbackTool } from './callbacks.js';
import { verifyIdentityTool } from './identity.js';
import { lookupInvoicesTool } from './invoices.js';
import { lookupOrderStatusTool } from './order_status.js';
import { checkOutageTool } from './outages.js';
import { requestRefundTool } from './refunds.js';
import { createTicketTool } from './tickets.js';
import { runTroubleshootingStepTool } from './troubleshooting.js';

export function createDeskTools(deps: DeskDeps) {
  return {
    lookup_order_status: lookupOrderStatusTool(deps),
    check_outage: checkOutageTool(deps),
    run_troubleshooting_step: runTroubleshootingStepTool(deps),
    verify_identity: verifyIdentityTool(deps),
    lookup_invoices: lookupInvoicesTool(deps),
    request_refund: requestRefundTool(deps),
    create_ticket: createTicketTool(deps),
    schedule_callback: scheduleCallbackTool(deps),
  };
}

export type DeskTools = ReturnType<typeof createDeskTools>;
export type { DeskDeps } from './deps.js';
export { defaultTimeZone } from './deps.js';
