"""Fault injection rules and the state machines of slow or failing asynchronous operations.

A rule matches requests by service (the SigV4 signing name: organizations, sso, identitystore,
cloudformation, sts, iam) and/or operation, and fires on a share of them (seeded RNG) and/or at
most `count` times. Kinds:

* ``throttle``  - the service's real throttling error (HTTP 400)
* ``error``     - HTTP 5xx (``status``, default 500) in the service's error shape
* ``drop``      - the connection is closed without a response
* ``latency``   - ``ms`` milliseconds added before the request is served
* ``async``     - the asynchronous operation started by ``operation`` stays IN_PROGRESS for
  ``polls`` status reads and/or ``seconds``, then ends ``outcome`` (SUCCEEDED or FAILED with
  ``reason``); for StackSets, ``accounts`` limits the failure to those accounts.
"""
from __future__ import annotations

import random
import threading
import time

KINDS = {"throttle", "error", "drop", "latency", "async"}


class FaultRuleError(ValueError):
    """A fault rule that cannot be used; the message quotes the bad value."""


class FaultRule:
    def __init__(self, spec: dict):
        if not isinstance(spec, dict):
            raise FaultRuleError(f"a fault rule must be an object, got {spec!r}")
        self.kind = spec.get("kind")
        if self.kind not in KINDS:
            raise FaultRuleError(f"unknown fault kind {self.kind!r}; use one of {sorted(KINDS)}")
        self.service = normalise_service(spec.get("service"))
        self.operation = spec.get("operation")
        self.share = float(spec.get("share", 1.0))
        if not 0.0 <= self.share <= 1.0:
            raise FaultRuleError(f"share must be between 0 and 1, got {self.share!r}")
        count = spec.get("count")
        self.remaining = None if count is None else int(count)
        self.status = int(spec.get("status", 500))
        if self.kind == "error" and not 500 <= self.status <= 599:
            raise FaultRuleError(f"an error fault needs a 5xx status, got {self.status!r}")
        self.ms = float(spec.get("ms", 0))
        self.polls = int(spec.get("polls", 0))
        self.seconds = float(spec.get("seconds", 0))
        self.outcome = spec.get("outcome", "SUCCEEDED")
        if self.outcome not in ("SUCCEEDED", "FAILED"):
            raise FaultRuleError(f"outcome must be SUCCEEDED or FAILED, got {self.outcome!r}")
        self.reason = spec.get("reason", "INTERNAL_FAILURE" if self.outcome == "FAILED" else None)
        self.accounts = [str(a) for a in spec.get("accounts", [])] or None
        if self.kind == "async" and not self.operation:
            raise FaultRuleError("an async fault needs the operation that starts it, e.g. 'CreateAccount'")
        self.fired = 0

    def matches(self, service: str | None, operation: str | None) -> bool:
        if self.service and self.service != normalise_service(service):
            return False
        if self.operation and self.operation != operation:
            return False
        return self.remaining is None or self.remaining > 0

    def describe(self) -> dict:
        out = {k: v for k, v in {
            "kind": self.kind, "service": self.service, "operation": self.operation, "share": self.share,
            "remaining": self.remaining, "fired": self.fired}.items() if v is not None}
        if self.kind == "error":
            out["status"] = self.status
        if self.kind == "latency":
            out["ms"] = self.ms
        if self.kind == "async":
            out.update(polls=self.polls, seconds=self.seconds, outcome=self.outcome, reason=self.reason,
                       accounts=self.accounts)
        return out


def normalise_service(service: str | None) -> str | None:
    if service in ("sso-admin", "ssoadmin"):
        return "sso"
    return service


class Pending:
    """One asynchronous request whose status moves IN_PROGRESS -> outcome as it is polled or time passes."""

    def __init__(self, rule: FaultRule, now: float):
        self.polls_left = rule.polls
        self.until = now + rule.seconds
        self.outcome = rule.outcome
        self.reason = rule.reason
        self.failing_accounts = rule.accounts

    def poll(self, now: float, advance: bool = True) -> str:
        if self.polls_left > 0 or now < self.until:
            if advance and self.polls_left > 0:
                self.polls_left -= 1
            return "IN_PROGRESS"
        return self.outcome

    def fails_account(self, account: str) -> bool:
        return self.outcome == "FAILED" and (self.failing_accounts is None or account in self.failing_accounts)


class FaultRegistry:
    """The active rules (set by POST /orgops-test/faults) and the pending asynchronous requests."""

    def __init__(self, clock=time.monotonic):
        self.lock = threading.RLock()
        self.clock = clock
        self.rules: list[FaultRule] = []
        self.rng = random.Random(0)
        self.pending: dict[str, Pending] = {}
        self.injected: dict[str, int] = {}

    def configure(self, body: dict) -> list[dict]:
        specs = body.get("rules")
        if specs is None:
            specs = [body] if "kind" in body else []
        if not isinstance(specs, list):
            raise FaultRuleError(f"rules must be a list, got {specs!r}")
        rules = [FaultRule(s) for s in specs]
        with self.lock:
            if body.get("append"):
                self.rules.extend(rules)
            else:
                self.rules = rules
            self.rng = random.Random(int(body.get("seed", 0)))
            return [r.describe() for r in self.rules]

    def clear(self) -> None:
        with self.lock:
            self.rules = []
            self.pending = {}
            self.injected = {}

    def forget_pending(self) -> None:
        """Drops the slowed requests (their ids die with moto's state on /moto-api/reset); rules stay."""
        with self.lock:
            self.pending = {}

    def describe(self) -> dict:
        with self.lock:
            return {"rules": [r.describe() for r in self.rules], "injected": dict(self.injected),
                    "pending": len(self.pending)}

    def pick(self, service: str | None, operation: str | None, kinds: set[str]) -> FaultRule | None:
        """The first matching rule of one of `kinds` that fires for this request (consuming its count)."""
        with self.lock:
            for rule in self.rules:
                if rule.kind not in kinds or not rule.matches(service, operation):
                    continue
                if rule.share < 1.0 and self.rng.random() >= rule.share:
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                rule.fired += 1
                key = f"{rule.kind}:{normalise_service(service)}:{operation}"
                self.injected[key] = self.injected.get(key, 0) + 1
                return rule
            return None

    def start_async(self, service: str, operation: str, request_id: str) -> Pending | None:
        """Registers `request_id` as slow/failing when an async rule matches the starting operation."""
        rule = self.pick(service, operation, {"async"})
        if rule is None:
            return None
        pending = Pending(rule, self.clock())
        with self.lock:
            self.pending[request_id] = pending
        return pending

    def fail_now(self, request_id: str, reason: str) -> Pending:
        """Tracks a request that AWS itself fails (such as a duplicate e-mail), with no rule involved."""
        pending = Pending(FaultRule({"kind": "async", "operation": "-", "outcome": "FAILED", "reason": reason}),
                          self.clock())
        with self.lock:
            self.pending[request_id] = pending
        return pending

    def status(self, request_id: str, advance: bool = True) -> tuple[str, Pending] | None:
        """The current state of a tracked request, or None when it was not slowed (it is done)."""
        with self.lock:
            pending = self.pending.get(request_id)
            if pending is None:
                return None
            return pending.poll(self.clock(), advance), pending


FAULTS = FaultRegistry()
