# syntax=docker/dockerfile:1
# Multi-stage image of the API, serving the built SPA on the same port.

FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/api-client/package.json libs/api-client/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @kokemus/api build && pnpm --filter @kokemus/web build

FROM node:20-bookworm-slim AS runtime
RUN npm install -g pnpm@10.34.9
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/api-client/package.json libs/api-client/
RUN pnpm install --frozen-lockfile --prod --filter @kokemus/api && pnpm store prune
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Runs migrations (under an advisory lock) and then serves.
CMD ["node", "apps/api/dist/main.js"]
