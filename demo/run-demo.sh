#!/usr/bin/env bash
# `make demo`: the operator's main job, end to end, on this machine only.
#
# Starts the local AWS API server, prepares every organization's management account on it,
# creates a bare git repository holding Examples/multi-org (adapted to the server), runs
# `orgops run` against both, shows the status commits arriving, pushes one manifest change,
# shows the status commit it causes, then stops everything it started and removes its temp dir.
#
# Environment (the Makefile sets them): ORGOPS (the orgops binary), AWS_PYTHON (a Python with
# moto), DEMO_EXAMPLE (default Examples/multi-org), DEMO_TIMEOUT (seconds per wait, default 180),
# DEMO_KEEP=1 keeps the temp dir for a look afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ORGOPS="${ORGOPS:-$ROOT/.build/debug/orgops}"
AWS_PYTHON="${AWS_PYTHON:-python3}"
EXAMPLE="${DEMO_EXAMPLE:-$ROOT/Examples/multi-org}"
TIMEOUT="${DEMO_TIMEOUT:-180}"
OPERATOR_ACCOUNT="999999999999"
ROLE="orgops"
STATUS_BRANCH="orgops/status"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { printf '\ndemo failed: %s\n' "$*" >&2; exit 1; }

[ -x "$ORGOPS" ] || fail "no orgops binary at '$ORGOPS': run 'make demo' (it builds it) or set ORGOPS"
command -v git >/dev/null || fail "git is not installed"
"$AWS_PYTHON" -c "import moto" 2>/dev/null || fail "'$AWS_PYTHON' has no moto: run 'make deps'"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/orgops-demo.XXXXXX")"
SERVER_PID=""
ORGOPS_PID=""

# Stops what this script started, by PID, and removes the temp dir; on failure shows the logs.
cleanup() {
    local status=$?
    if [ -n "$ORGOPS_PID" ] && kill -0 "$ORGOPS_PID" 2>/dev/null; then
        kill -TERM "$ORGOPS_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$ORGOPS_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$ORGOPS_PID" 2>/dev/null || true
    fi
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ]; then
        for log in "$WORK/orgops.log" "$WORK/server.log"; do
            [ -s "$log" ] && { echo "--- last lines of $(basename "$log")" >&2; tail -n 30 "$log" >&2; }
        done
    fi
    if [ "${DEMO_KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits until "$@" succeeds, at most TIMEOUT seconds; $1 says what is awaited.
wait_for() {
    local what="$1"; shift
    local deadline=$((SECONDS + TIMEOUT))
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || fail "gave up after ${TIMEOUT}s waiting for $what"
        if [ -n "$ORGOPS_PID" ] && ! kill -0 "$ORGOPS_PID" 2>/dev/null; then
            fail "orgops run exited while waiting for $what"
        fi
        sleep 1
    done
}

# POSTs a JSON body to a control endpoint of the server and prints the reply.
control() {
    curl --silent --show-error --fail-with-body -X POST -H 'Content-Type: application/json' \
        --data "$2" "$ENDPOINT$1" || fail "control call $1 failed"
}

step "starting the local AWS API server"
"$AWS_PYTHON" "$ROOT/Tests/AWSBackend/orgops_aws_server.py" --port 0 --quiet --parent-pid $$ >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
server_ready() { grep -q '^ORGOPS-AWS-READY ' "$WORK/server.log"; }
wait_for "the AWS server to print ORGOPS-AWS-READY" server_ready
PORT="$(sed -n 's/^ORGOPS-AWS-READY port=\([0-9]*\).*/\1/p' "$WORK/server.log" | head -n 1)"
[ -n "$PORT" ] || fail "could not read the server's port from: $(head -n 1 "$WORK/server.log")"
ENDPOINT="http://127.0.0.1:$PORT"
echo "AWS API server on $ENDPOINT (pid $SERVER_PID)"

step "adapting $(basename "$EXAMPLE") for the server and preparing the management accounts"
mkdir -p "$WORK/seed"
MANAGEMENTS="$("$AWS_PYTHON" "$ROOT/demo/adapt_example.py" "$EXAMPLE" "$WORK/seed" "$ROLE")" \
    || fail "could not adapt '$EXAMPLE'"
reply="$(control /orgops-test/bootstrap "{\"accountId\": \"$OPERATOR_ACCOUNT\", \"roleName\": \"$ROLE\"}")"
ACCESS_KEY="$(printf '%s' "$reply" | "$AWS_PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["accessKeyId"])')"
SECRET_KEY="$(printf '%s' "$reply" | "$AWS_PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["secretAccessKey"])')"
echo "operator identity: IAM user of $OPERATOR_ACCOUNT"
for account in $MANAGEMENTS; do
    keys="$(control /orgops-test/bootstrap "{\"accountId\": \"$account\", \"roleName\": \"$ROLE\"}")"
    echo "management account $account: role arn:aws:iam::$account:role/$ROLE"
    # The groups the assignments name, as the identity source (SCIM) would have provisioned them.
    env -u AWS_PROFILE -u AWS_SESSION_TOKEN AWS_CONFIG_FILE="$WORK/no-aws-config" \
        AWS_SHARED_CREDENTIALS_FILE="$WORK/no-aws-credentials" \
        AWS_ACCESS_KEY_ID="$(printf '%s' "$keys" | "$AWS_PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["accessKeyId"])')" \
        AWS_SECRET_ACCESS_KEY="$(printf '%s' "$keys" | "$AWS_PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["secretAccessKey"])')" \
        "$AWS_PYTHON" "$ROOT/demo/seed_identity_store.py" "$ENDPOINT" "$WORK/seed" "$account" \
        || fail "could not prepare the identity store of $account"
done
# Signatures are checked from here on: orgops reaches each organization by AssumeRole, as in production.
curl --silent --show-error --fail -X POST -H 'Content-Type: text/plain' --data 0 \
    "$ENDPOINT/moto-api/reset-auth" >/dev/null || fail "could not turn signature checking on"

step "creating the manifest repository"
BARE="$WORK/estate.git"
CLONE="$WORK/clone"
export GIT_AUTHOR_NAME="demo user" GIT_AUTHOR_EMAIL="demo@example.com"
export GIT_COMMITTER_NAME="demo user" GIT_COMMITTER_EMAIL="demo@example.com"
git init --quiet --bare --initial-branch=main "$BARE"
git clone --quiet "$BARE" "$CLONE" 2>/dev/null
cp -R "$WORK/seed/." "$CLONE/"
git -C "$CLONE" checkout --quiet -b main
git -C "$CLONE" add -A
git -C "$CLONE" commit --quiet -m "multi-org estate"
git -C "$CLONE" push --quiet origin main
echo "bare repository $BARE, main at $(git -C "$BARE" rev-parse --short main)"

step "starting orgops run (every 5s)"
env -u AWS_PROFILE -u AWS_SESSION_TOKEN \
    AWS_ACCESS_KEY_ID="$ACCESS_KEY" AWS_SECRET_ACCESS_KEY="$SECRET_KEY" \
    AWS_ENDPOINT_URL="$ENDPOINT" AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true \
    AWS_CONFIG_FILE="$WORK/no-aws-config" AWS_SHARED_CREDENTIALS_FILE="$WORK/no-aws-credentials" \
    "$ORGOPS" run --repo-url "$BARE" --work-dir "$WORK/operator" --interval 5s \
        --listen 127.0.0.1:0 --git-author "orgops <orgops@example.com>" >"$WORK/orgops.log" 2>&1 &
ORGOPS_PID=$!
echo "orgops run (pid $ORGOPS_PID), log in $WORK/orgops.log"

status_commits() { git -C "$BARE" log --format=%s "$STATUS_BRANCH" 2>/dev/null | wc -l; }
# Status commit subjects read `orgops(<organization>): <result> <revision> — …`.
reported_organizations() {
    git -C "$BARE" log --format=%s "$STATUS_BRANCH" 2>/dev/null | sed -n 's/^orgops(\([^)]*\)):.*/\1/p' | sort -u | wc -l
}
ORGANIZATIONS="$(echo "$MANAGEMENTS" | wc -l)"
all_reported() { [ "$(reported_organizations)" -ge "$ORGANIZATIONS" ]; }
wait_for "a status commit from each of the $ORGANIZATIONS organizations" all_reported

step "git log --oneline $STATUS_BRANCH"
git -C "$BARE" log --oneline "$STATUS_BRANCH"

step "pushing one manifest change: a new OU 'Experiments' in the core organization"
"$AWS_PYTHON" - "$CLONE/organizations/core.yaml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
anchor = "    - name: BreakGlass\n"
if anchor not in text:
    raise SystemExit(f"no '{anchor.strip()}' OU in {path} to add the new OU after")
text = text.replace(anchor, "    - name: Experiments\n      tags: { owner: platform, purpose: demo }\n" + anchor)
open(path, "w", encoding="utf-8").write(text)
PY
git -C "$CLONE" commit --quiet -am "core: add the Experiments OU"
git -C "$CLONE" push --quiet origin main
CHANGE="$(git -C "$CLONE" rev-parse --short=7 main)"
echo "pushed $CHANGE"
change_commit() {
    git -C "$BARE" log --format='%H %s' "$STATUS_BRANCH" 2>/dev/null \
        | awk -v rev="$CHANGE" '$2 == "orgops(core):" && index($0, " " rev " ") { print $1; exit }'
}
change_reported() { [ -n "$(change_commit)" ]; }
wait_for "the core organization's status commit of $CHANGE" change_reported
STATUS_COMMIT="$(change_commit)"

step "the status commit of $CHANGE (git log -1 $(git -C "$BARE" rev-parse --short "$STATUS_COMMIT"))"
git -C "$BARE" log -1 --format='%h %s%n%n%b' "$STATUS_COMMIT" | sed '/^Orgops-[A-Za-z-]*: /d' | cat -s
echo "trailers (git log -1 --format='%(trailers)'):"
git -C "$BARE" log -1 --format='%(trailers)' "$STATUS_COMMIT" | sed '/^$/d; s/^/  /'
echo "orgops status:"
env AWS_CONFIG_FILE="$WORK/no-aws-config" "$ORGOPS" status --repo-url "$BARE" --work-dir "$WORK/status-clone" \
    | sed 's/^/  /' || fail "orgops status failed"

step "git log --oneline $STATUS_BRANCH"
git -C "$BARE" log --oneline "$STATUS_BRANCH"

step "done: stopping orgops and the AWS server"
