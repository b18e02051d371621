# Huikuan: one multi-stage, non-root image for every role. The wheel carries the code, the
# migrations and the web app's committed build (frontend/dist → backend/spa_dist), installed once:
# `huikuan serve`, `huikuan worker`, `huikuan scheduler` and `huikuan migrate` all run that copy.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY backend ./backend
COPY migrations ./migrations
COPY frontend/dist ./frontend/dist
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir --upgrade pip \
    && /opt/venv/bin/pip install --no-cache-dir . \
    && test -f /opt/venv/lib/python3.11/site-packages/backend/spa_dist/index.html

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home /app huikuan
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HUIKUAN_ENV=production \
    HOST=0.0.0.0 \
    PORT=8000 \
    HUIKUAN_DATA_DIR=/app/var
RUN mkdir -p /app/var && chown huikuan /app/var
USER huikuan
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,os;urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz')"
# Production needs DATABASE_URL, BROKER_URL, SMTP_HOST, JWT_SECRET_KEY and ENCRYPTION_KEYS (it refuses to
# start without them).
# Other roles: `huikuan worker`, `huikuan scheduler`, `huikuan migrate`.
CMD ["huikuan", "serve"]
