# Huikuan API image: multi-stage, non-root, runs `huikuan serve` against external PostgreSQL and a broker.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY backend ./backend
COPY migrations ./migrations
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir --upgrade pip \
    && /opt/venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home /app huikuan
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY frontend/dist ./frontend/dist
COPY migrations ./migrations
COPY backend ./backend
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
# Same image for the other roles: `huikuan worker`, `huikuan scheduler`, `huikuan migrate`.
CMD ["huikuan", "serve"]
