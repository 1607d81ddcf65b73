"""The WSGI layer in front of moto: request counting, fault injection and /orgops-test/* controls."""
from __future__ import annotations

import bisect
import io
import json
import re
import socket
import threading
import time
import urllib.parse
from typing import Callable

from . import bootstrap
from .faults import FAULTS, FaultRuleError, normalise_service

_SCOPE = re.compile(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")
JSON_SERVICES = {"organizations", "sso", "identitystore", "budgets"}
RESET_HOOKS: list[Callable[[], None]] = []


FAMILIES = {"sso": "identitycenter", "identitystore": "identitycenter"}
"""Services that share one AWS budget, counted together: sso-admin and identitystore are Identity Center's."""


def family(service: str | None) -> str:
    """The budget family of a (normalised) signing service; a service of its own otherwise."""
    name = normalise_service(service) or "unknown"
    return FAMILIES.get(name, name)


def busiest_window(times: list[float], length: float = 1.0) -> int:
    """The most of the sorted `times` in any half-open window [t, t + length)."""
    best, end = 0, 0
    for start, first in enumerate(times):
        end = max(end, start)
        while end < len(times) and times[end] - first < length:
            end += 1
        best = max(best, end - start)
    return best


class CallCounter:
    """Requests per `service:Operation` since the last reset, the busiest calendar second, and the receive
    times per service family, from which the busiest sliding 1-second window of each family is computed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.calls: dict[str, int] = {}
            self.total = 0
            self.second = 0
            self.in_second = 0
            self.peak = 0
            self.received: dict[str, list[float]] = {}

    def add(self, service: str | None, operation: str | None, received: float | None = None) -> None:
        """Counts one request; `received` is its receive time (time.time() when the server read it)."""
        key = f"{normalise_service(service) or 'unknown'}:{operation or 'unknown'}"
        at = time.time() if received is None else received
        now = int(at)
        with self.lock:
            self.calls[key] = self.calls.get(key, 0) + 1
            self.total += 1
            if now != self.second:
                self.second, self.in_second = now, 0
            self.in_second += 1
            self.peak = max(self.peak, self.in_second)
            # Threads may count out of receive order: keep each family's list sorted.
            bisect.insort(self.received.setdefault(family(service), []), at)

    def describe(self, timestamps: bool = False) -> dict:
        """The counts; `peakInAnySecond` is per family, over sliding windows [t, t + 1 s) of receive time.
        With `timestamps`, also every receive time (seconds since the epoch) per family."""
        with self.lock:
            reply = {"calls": dict(self.calls), "total": self.total, "peakPerSecond": self.peak,
                     "peakInAnySecond": {name: busiest_window(times) for name, times in self.received.items()}}
            if timestamps:
                reply["receivedAt"] = {name: list(times) for name, times in self.received.items()}
            return reply


CALLS = CallCounter()


def request_identity(environ: dict, body: bytes) -> tuple[str | None, str | None]:
    """(signing service, operation) of an AWS request: X-Amz-Target for JSON, Action= for query."""
    match = _SCOPE.search(environ.get("HTTP_AUTHORIZATION", ""))
    service = match.group(1) if match else None
    target = environ.get("HTTP_X_AMZ_TARGET")
    if target:
        return service, target.rsplit(".", 1)[-1]
    query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
    if "Action" in query:
        return service, query["Action"][0]
    try:
        form = urllib.parse.parse_qs(body.decode("utf-8"))
    except UnicodeDecodeError:
        return service, None
    action = form.get("Action")
    return service, action[0] if action else None


def _json_error(start_response, status: int, code: str, message: str, lower_message: bool):
    key = "message" if lower_message else "Message"
    payload = json.dumps({"__type": code, key: message}).encode()
    start_response(f"{status} {'Bad Request' if status == 400 else 'Service Unavailable'}", [
        ("Content-Type", "application/x-amz-json-1.1"), ("X-Amzn-ErrorType", code),
        ("x-amzn-RequestId", "orgops-fault"), ("Content-Length", str(len(payload)))])
    return [payload]


def _query_error(start_response, status: int, code: str, message: str):
    payload = (f'<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error>'
               f"<Type>{'Sender' if status < 500 else 'Receiver'}</Type><Code>{code}</Code>"
               f"<Message>{message}</Message></Error><RequestId>orgops-fault</RequestId></ErrorResponse>").encode()
    start_response(f"{status} Error", [("Content-Type", "text/xml"), ("Content-Length", str(len(payload)))])
    return [payload]


def throttle(start_response, service: str | None):
    service = normalise_service(service)
    if service == "organizations":
        return _json_error(start_response, 400, "TooManyRequestsException", "Rate exceeded", False)
    if service in JSON_SERVICES:
        return _json_error(start_response, 400, "ThrottlingException", "Rate exceeded", True)
    return _query_error(start_response, 400, "Throttling", "Rate exceeded")


def server_error(start_response, service: str | None, status: int):
    service = normalise_service(service)
    if service == "organizations":
        code = "ServiceException" if status == 500 else "ServiceUnavailableException"
        return _json_error(start_response, status, code, "AWS Organizations can't complete your request because "
                           "it encountered an internal error. Try again later.", False)
    if service in JSON_SERVICES:
        code = "InternalServerException" if status == 500 else "ServiceUnavailableException"
        return _json_error(start_response, status, code, "The request processing has failed because of an "
                           "unknown error, exception or failure.", True)
    code = "InternalFailure" if status == 500 else "ServiceUnavailable"
    return _query_error(start_response, status, code, "The request processing has failed because of an unknown "
                        "error, exception or failure.")


def _reply(start_response, status: int, payload) -> list[bytes]:
    body = json.dumps(payload).encode()
    start_response(f"{status} {'OK' if status < 400 else 'Error'}",
                   [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


class OrgopsMiddleware:
    """Wraps moto's WSGI app. Everything under /orgops-test/ is answered here, never authenticated."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        received = time.time()
        path = environ.get("PATH_INFO", "/")
        body = self._read_body(environ)
        if path.startswith("/orgops-test/"):
            return self._control(path, environ.get("REQUEST_METHOD", "GET"), body, start_response,
                                 environ.get("QUERY_STRING", ""))
        if path.startswith("/moto-api/"):
            if path.rstrip("/") == "/moto-api/reset":
                FAULTS.forget_pending()
                for hook in RESET_HOOKS:
                    hook()
            return self.app(environ, start_response)
        service, operation = request_identity(environ, body)
        CALLS.add(service, operation, received)
        latency = FAULTS.pick(service, operation, {"latency"})
        if latency is not None:
            time.sleep(latency.ms / 1000.0)
        rule = FAULTS.pick(service, operation, {"throttle", "error", "drop"})
        if rule is not None:
            if rule.kind == "throttle":
                return throttle(start_response, service)
            if rule.kind == "error":
                return server_error(start_response, service, rule.status)
            return self._drop(environ)
        return self.app(environ, start_response)

    @staticmethod
    def _read_body(environ) -> bytes:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > 0:
            body = environ["wsgi.input"].read(length)
        elif environ.get("wsgi.input_terminated"):  # chunked: werkzeug ends the stream for us
            body = environ["wsgi.input"].read()
        else:
            body = b""
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return body

    @staticmethod
    def _drop(environ):
        conn = environ.get("werkzeug.socket")
        if conn is not None:
            try:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        raise ConnectionAbortedError("orgops fault: connection dropped")

    def _control(self, path: str, method: str, body: bytes, start_response, query: str = ""):
        try:
            data = json.loads(body) if body.strip() else {}
        except ValueError:
            return _reply(start_response, 400, {"error": f"body is not JSON: {body[:80]!r}"})
        route = path[len("/orgops-test/"):].rstrip("/")
        try:
            if route == "faults" and method == "POST":
                return _reply(start_response, 200, {"rules": FAULTS.configure(data)})
            if route == "faults" and method == "DELETE":
                FAULTS.clear()
                return _reply(start_response, 200, {"rules": []})
            if route == "faults" and method == "GET":
                return _reply(start_response, 200, FAULTS.describe())
            if route == "calls" and method == "GET":
                wanted = urllib.parse.parse_qs(query).get("timestamps", ["0"])[0] not in ("0", "false", "")
                return _reply(start_response, 200, CALLS.describe(timestamps=wanted))
            if route == "calls/reset" and method == "POST":
                CALLS.reset()
                return _reply(start_response, 200, CALLS.describe())
            if route == "bootstrap" and method == "POST":
                return _reply(start_response, 200, bootstrap.bootstrap(data))
            if route == "member-roles" and method == "POST":
                return _reply(start_response, 200, bootstrap.open_member_roles(data))
            if route == "stackset-drift" and method == "POST":
                from . import stackset_drift
                return _reply(start_response, 200, stackset_drift.mark_drift(data))
        except (FaultRuleError, bootstrap.BootstrapError, ValueError, KeyError) as error:
            return _reply(start_response, 400, {"error": str(error)})
        except Exception as error:  # moto's own errors (unknown stack set, ...) answer as JSON, not an HTML 500
            message = getattr(error, "message", None) or str(error)
            return _reply(start_response, 400, {"error": f"{getattr(error, 'code', type(error).__name__)}: {message}"})
        return _reply(start_response, 404, {"error": f"no control {method} /orgops-test/{route}"})
