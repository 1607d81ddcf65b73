"""A keep-alive HTTP/1.1 front for the AWS test server, so the operator's connections behave as against AWS.

Werkzeug (under Tests/AWSBackend/orgops_aws_server.py) answers every request with `Connection: close`, so
each AWS call of the operator opens a new TCP connection. AWS endpoints keep connections alive. The
difference matters far more than it should: FoundationNetworking's URLSession (libcurl multi interface)
keeps the write-readiness DispatchSource it created while a new connection was being set up after libcurl
switches that socket to read-only, and a writable socket fires that source continuously until the response
arrives. Every call on a fresh connection therefore spins a dispatch worker for the whole server latency:
about 28 ms CPU per call at 60 ms latency, against about 1 ms on a kept-alive connection (measured in
docs/performance.md). Fronting the server with this proxy makes the benchmark measure the operator as it
runs against AWS; `--connection close` in bench/operator/run.py measures the old way.

The proxy forwards method, path, headers (Host unchanged, so SigV4 signatures still verify) and body to the
server over a new connection per request, and relays status, headers and body with a Content-Length, on a
client connection it keeps open. It runs in a daemon thread of the benchmark's own process.
"""
from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# Hop-by-hop headers (RFC 9110 section 7.6.1) are the proxy's own business on each side.
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
              "content-length"}


def start(backend: str) -> tuple[ThreadingHTTPServer, str]:
    """Starts the proxy in front of `backend` (http://host:port); returns the server and its endpoint URL."""
    target = urlsplit(backend)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # One write per response still leaves headers and body in separate segments: without TCP_NODELAY,
        # Nagle's algorithm and the client's delayed ACK would add up to 40 ms to each call.
        disable_nagle_algorithm = True

        def forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=600)
            try:
                upstream.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
                for name, value in self.headers.items():
                    if name.lower() not in HOP_BY_HOP:
                        upstream.putheader(name, value)
                upstream.putheader("Content-Length", str(len(body)))
                upstream.endheaders(body)
                response = upstream.getresponse()
                payload = response.read()
                self.send_response(response.status, response.reason)
                for name, value in response.getheaders():
                    if name.lower() not in HOP_BY_HOP and name.lower() not in ("date", "server"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            finally:
                upstream.close()

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = forward

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's signature
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
