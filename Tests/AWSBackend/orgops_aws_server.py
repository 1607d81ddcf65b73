#!/usr/bin/env python3
"""orgops' AWS API server for tests: moto 5.2.1 with gap fills, AWS rules, fault injection and controls.

    python3 Tests/AWSBackend/orgops_aws_server.py --port 0 [--parent-pid PID] [--quiet]

Binds 127.0.0.1 only; port 0 picks a free port. Once the server answers it prints one line,
``ORGOPS-AWS-READY port=NNNNN pid=NNNN``, on stdout. MOTO_ACCOUNT_ID is removed from the
environment so every request picks its own account (multi-organization tests).

Controls (JSON in and out, never authenticated), next to moto's /moto-api/*:
  POST   /orgops-test/faults        {"seed": 1, "rules": [{"kind": "throttle", "service": "organizations",
                                      "operation": "ListAccounts", "share": 0.5, "count": 3}, ...]}
  GET    /orgops-test/faults        active rules and what they injected
  DELETE /orgops-test/faults        clears every rule and pending asynchronous state
  GET    /orgops-test/calls         {"calls": {"organizations:ListAccounts": 3}, "total": 3, "peakPerSecond": 3}
  POST   /orgops-test/calls/reset
  POST   /orgops-test/bootstrap     {"accountId": "111111111111", "roleName": "orgops"} -> keys, role ARN
  POST   /orgops-test/member-roles  {"accountIds": [...], "roleName": "OrganizationAccountAccessRole"}
  POST   /orgops-test/stackset-drift {"accountId": "...", "stackSetName": "...", "account": "...",
                                      "region": "...", "drifted": true}
See orgops_aws/faults.py for the fault kinds.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
import urllib.request

os.environ.pop("MOTO_ACCOUNT_ID", None)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from werkzeug.serving import make_server  # noqa: E402

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app  # noqa: E402

from orgops_aws import organizations, ssoadmin, stackset_drift, stacksets  # noqa: E402,F401  (patch on import)
from orgops_aws.middleware import OrgopsMiddleware  # noqa: E402


def _watch_parent(parent: int, stop) -> None:
    """Exits when the process that started us is gone, so a crashed test run leaves no server behind."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            stop()
            return


UNIMPLEMENTED_PAGE = ("<!doctype html>\n<html lang=en>\n<title>500 Not Implemented</title>\n"
                      "<h1>Not Implemented</h1>\n<p>{detail}: the operation is not implemented by this server "
                      "(moto 5.2.1 with orgops' gap fills).</p>\n")


def _not_implemented(error: NotImplementedError):
    """moto's answer to an operation it lacks, an HTML 500 as before, but saying so instead of "internal error"."""
    import html

    from flask import Response

    detail = html.escape(str(error) or "this action has not been implemented")
    return Response(UNIMPLEMENTED_PAGE.format(detail=detail), status=500, content_type="text/html; charset=utf-8")


def create_app(service: str):
    app = create_backend_app(service)
    app.register_error_handler(NotImplementedError, _not_implemented)
    return app


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (loopback only by default)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one")
    parser.add_argument("--parent-pid", type=int, default=0, help="exit when this parent process goes away")
    parser.add_argument("--quiet", action="store_true", help="no per-request access log on stderr")
    args = parser.parse_args(argv)
    if args.quiet:
        logging.getLogger("werkzeug").setLevel(logging.ERROR)

    moto_app = DomainDispatcherApplication(create_app)
    server = make_server(args.host, args.port, OrgopsMiddleware(moto_app), threaded=True)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    done = threading.Event()

    def stop(*_):
        done.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.parent_pid:
        threading.Thread(target=_watch_parent, args=(args.parent_pid, stop), daemon=True).start()

    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/orgops-test/calls", timeout=2) as reply:
                reply.read()
            break
        except OSError:
            if time.monotonic() > deadline:
                print(f"orgops aws server: no answer on port {port} within 30 s", file=sys.stderr)
                return 1
            time.sleep(0.02)
    urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/orgops-test/calls/reset",
                                                  data=b"", method="POST"), timeout=2).read()
    print(f"ORGOPS-AWS-READY port={port} pid={os.getpid()}", flush=True)
    while not done.wait(0.25):
        pass
    server.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # skip tearing down moto's many modules: a stop should take milliseconds


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
