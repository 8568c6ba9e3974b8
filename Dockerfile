# Belong: app + API in one image; PostgreSQL comes from DATABASE_URL (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/contracts/package.json libs/contracts/
COPY libs/domain/package.json libs/domain/
COPY libs/i18n/package.json libs/i18n/
COPY migrations/package.json migrations/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 3000
# The heap flags of `npm run serve` (package.json, config.apiNodeFlags): they keep the API under 300 MB.
CMD ["node", "--max-old-space-size=176", "--max-semi-space-size=4", "apps/api/dist/main.js"]
