# Multi-stage build: native modules compile in the build stage (compilers stay there); the runtime
# stage has production deps only, espeak-ng for offline speech, and runs as the non-root `node` user.
# BASE_IMAGE: any Debian bookworm image with Node 20 and a `node` user (uid 1000); CI builds one
# locally with debootstrap (scripts/ci/docker-image.sh) because no image registry is reachable there.
ARG BASE_IMAGE=node:20-bookworm-slim

FROM ${BASE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched (offline builds).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# onnxruntime-node would otherwise try to download CUDA files; CPU binaries ship in the package.
# node-gyp uses the image's Node headers (/usr/local/include/node) instead of downloading them.
ENV ONNXRUNTIME_NODE_INSTALL=skip npm_config_nodedir=/usr/local npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${BASE_IMAGE} AS runtime
# espeak-ng gives an offline voice when no cloud TTS is configured.
RUN apt-get update && apt-get install -y --no-install-recommends espeak-ng ca-certificates && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production ONNXRUNTIME_NODE_INSTALL=skip
COPY --from=build --chown=node:node /app/node_modules ./node_modules
# Sources run through tsx (a runtime dependency): apps are TypeScript modules importing src/.
COPY --chown=node:node package.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node app ./app
COPY --chown=node:node bin ./bin
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# The worker's health endpoint (agents-js) and Prometheus metrics.
EXPOSE 8081 9464
# Job processes are forked with the same --import, so they load TypeScript too.
CMD ["node", "--import", "tsx", "src/worker/main.ts", "start"]
