"""Shared pieces of the AWS test server's self-test (selftest.py): the server, clients, checks."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = "us-east-1"
MGMT = "111111111111"
MGMT2 = "222222222222"
FAILURES: list[str] = []
PASSED = 0
VERBOSE = False


class Server:
    def __init__(self):
        self.log = tempfile.NamedTemporaryFile(prefix="orgops-aws-selftest-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "orgops_aws_server.py"), "--port", "0", "--quiet",
             "--parent-pid", str(os.getpid())],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("ORGOPS-AWS-READY"):
            raise RuntimeError(f"server did not start: {line!r}")
        fields = dict(part.split("=") for part in line.split()[1:])
        self.port = int(fields["port"])
        self.pid = int(fields["pid"])
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
        if FAILURES:
            with open(self.log.name, errors="replace") as fh:
                tail = fh.read()[-3000:]
            print(f"server log ({self.log.name}), last lines:\n{tail}")
        else:
            os.unlink(self.log.name)

    def control(self, path: str, payload=None, method: str = "POST", content_type="application/json"):
        data = None if method == "GET" else (json.dumps(payload).encode() if payload is not None else b"")
        if isinstance(payload, str):
            data = payload.encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(req, timeout=10) as reply:
                text = reply.read().decode()
                status = reply.status
        except urllib.error.HTTPError as error:
            text, status = error.read().decode(), error.code
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text

    def reset(self):
        self.control("/moto-api/reset-auth", "inf", content_type="text/plain")
        self.control("/moto-api/reset")
        self.control("/moto-api/seed?a=42")
        self.control("/orgops-test/faults", method="DELETE")
        self.control("/orgops-test/calls/reset")


SERVER: Server | None = None
_CLIENTS: dict = {}


def server() -> Server:
    """The server of this run (started by selftest.main)."""
    return SERVER


def client(service: str, account: str = MGMT, region: str = REGION, creds: dict | None = None, retries=1):
    key = (service, account, region, json.dumps(creds, sort_keys=True, default=str), retries)
    if key in _CLIENTS:
        return _CLIENTS[key]
    kw = dict(aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="secret")
    if creds:
        kw = dict(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                  aws_session_token=creds.get("SessionToken"))
    c = boto3.session.Session().client(
        service, endpoint_url=server().url, region_name=region,
        config=Config(retries={"total_max_attempts": retries, "mode": "standard"}, read_timeout=30), **kw)
    if account and not creds:
        c.meta.events.register("before-sign", lambda request, **_: request.headers.__setitem__(
            "x-moto-account-id", account))
    _CLIENTS[key] = c
    return c


def check(name: str, condition: bool, detail="") -> None:
    global PASSED
    if condition:
        PASSED += 1
        if VERBOSE:
            print(f"  ok   {name}")
    else:
        FAILURES.append(f"{name}: {detail}")
        print(f"  FAIL {name}: {detail}")


def error_code(fn) -> str | None:
    try:
        fn()
    except ClientError as error:
        return error.response["Error"]["Code"]
    return None


def org_with_accounts(mgmt=MGMT, n=2):
    org = client("organizations", mgmt)
    org.create_organization(FeatureSet="ALL")
    root = org.list_roots()["Roots"][0]["Id"]
    accounts = [org.create_account(Email=f"a{i}-{mgmt}@example.com", AccountName=f"a{i}")["CreateAccountStatus"]
                ["AccountId"] for i in range(n)]
    return org, root, accounts


def sso_instance(account=MGMT):
    sso = client("sso-admin", account)
    inst = sso.list_instances()["Instances"][0]
    return sso, inst["InstanceArn"], inst["IdentityStoreId"]


def faults(*rules, seed=1):
    status, body = server().control("/orgops-test/faults", {"seed": seed, "rules": list(rules)})
    if status != 200:
        raise RuntimeError(f"fault rules refused: {body}")


def raw_error(fn):
    try:
        fn()
    except ClientError as error:
        return error.response["ResponseMetadata"]["HTTPStatusCode"], error.response["Error"]["Code"]
    return None
