// Prebuilt data-capture tasks: run one from any tool (`await getEmail().run()`) or a workflow step.
export { CaptureTask, handOnDue } from './capture_task.js';
export {
  CaptureFailedError,
  unwrapCapture,
  type CaptureKind,
  type CaptureOptions,
  type CaptureResult,
  type CaptureSuccess,
  type CaptureFailure,
  type DtmfSource,
  type KeypadOptions,
} from './capture_types.js';
export {
  getAddress,
  getCardNumber,
  getConsent,
  getDate,
  getDateOfBirth,
  getDigits,
  getEmail,
  getName,
  getNumber,
  getPhoneNumber,
  addressKind,
  consentKind,
  dateKind,
  emailKind,
  nameKind,
  numberKind,
  phoneKind,
  speakDate,
  type DateOptions,
  type NumberOptions,
  type PersonName,
  type PhoneOptions,
  type PostalAddress,
} from './kinds.js';
export { applyCorrection, luhnValid, maskDigits, speakDigits, spellOut } from './spoken.js';
