# Runs one Lambda handler in one execution environment, one invocation at a time, as the Python runtime
# does: one JSON line in ({id, deadline, event}); print and logging output as CloudWatch lines on stdout,
# then the reply as a line that starts with \x1e ({id, result} or {id, error}), so logs come before it.
import importlib
import json
import logging
import os
import sys
import time
import traceback

task_root, spec = sys.argv[1], sys.argv[2]
protocol = sys.stdout
protocol.reconfigure(line_buffering=True)  # a line logged before a timeout still reaches the trace
request_id = None


class LogLines:
    """sys.stdout for the handler: each complete line goes out as a log line, before the reply."""

    def __init__(self):
        self.partial = ""

    def write(self, text):
        self.partial += text
        *lines, self.partial = self.partial.split("\n")
        for line in lines:
            protocol.write(line + "\n")
        return len(text)

    def flush(self):
        if self.partial:
            self.write("\n")
        protocol.flush()


sys.stdout = LogLines()


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = request_id
        return True


# The runtime's root handler and text format, one entry a line. Lambda writes an entry's newlines as \r;
# here \x1f, since the reader of these lines takes \r for a line's end too.
class LambdaHandler(logging.StreamHandler):
    def emit(self, record):
        sys.stdout.write(self.format(record).replace("\n", "\x1f") + "\n")


handler_ = LambdaHandler()
handler_.setFormatter(logging.Formatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S"))
handler_.addFilter(RequestIdFilter())
logging.Formatter.converter = time.gmtime
logging.getLogger().addHandler(handler_)


def local_https_to_http():
    """boto3 clients built the usual way (endpoint_url=https://{domainName}/{stage}) reach this plain-http server."""
    try:
        import botocore.httpsession
    except ImportError:
        return
    local = "https://" + os.environ.get("WSRR_LOCAL_HOST", "") + "/"
    send = botocore.httpsession.URLLib3Session.send

    def send_locally(self, request):
        if request.url.startswith(local):
            request.url = "http://" + request.url[len("https://"):]
        return send(self, request)

    botocore.httpsession.URLLib3Session.send = send_locally


def error(exc_type, exc, tb, message=None):
    frames = traceback.extract_tb(tb)
    frames = [f for f in frames if f.filename != __file__] or frames
    return {"errorMessage": message or str(exc), "errorType": exc_type.__name__, "requestId": request_id or "", "stackTrace": traceback.format_list(frames)}


def init_error(error_type, message):
    return {"errorMessage": message, "errorType": error_type, "requestId": "", "stackTrace": []}


handler = init_failure = None
module_name, _, function_name = spec.rpartition(".")
sys.path.insert(0, task_root)
local_https_to_http()
try:
    module = importlib.import_module(module_name.replace("/", "."))
    handler = getattr(module, function_name, None)
    if handler is None:
        init_failure = init_error("Runtime.HandlerNotFound", f"Handler '{function_name}' missing on module '{module_name}'")
except ImportError as e:
    init_failure = init_error("Runtime.ImportModuleError", f"Unable to import module '{module_name}': {e}")
except Exception as e:
    init_failure = error(type(e), e, e.__traceback__, f"{type(e).__name__}: {e}")
    init_failure["errorType"] = "Runtime.UserCodeSyntaxError" if isinstance(e, SyntaxError) else init_failure["errorType"]


class Context:
    def __init__(self, deadline):
        env = os.environ
        self.function_name = env["AWS_LAMBDA_FUNCTION_NAME"]
        self.function_version = env["AWS_LAMBDA_FUNCTION_VERSION"]
        self.invoked_function_arn = f"arn:aws:lambda:{env['AWS_REGION']}:000000000000:function:{self.function_name}"
        self.memory_limit_in_mb = env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"]
        self.aws_request_id = request_id
        self.log_group_name = env["AWS_LAMBDA_LOG_GROUP_NAME"]
        self.log_stream_name = env["AWS_LAMBDA_LOG_STREAM_NAME"]
        self.identity = None
        self.client_context = None
        self._deadline = deadline

    def get_remaining_time_in_millis(self):
        return int(max(self._deadline - time.time() * 1000, 0))


def reply(message):
    sys.stdout.flush()
    protocol.write("\n\x1e" + message + "\n")
    protocol.flush()


reply('{"ready": true}')
for line in sys.stdin:
    invocation = json.loads(line)
    request_id = invocation["id"]
    if init_failure is not None:
        reply(json.dumps({"id": request_id, "error": init_failure}))
        continue
    try:
        result = handler(invocation["event"], Context(invocation["deadline"]))
    except Exception:
        body = error(*sys.exc_info())
        print((f"[ERROR] {body['errorType']}: {body['errorMessage']}\nTraceback (most recent call last):\n" + "".join(body["stackTrace"])).rstrip("\n").replace("\n", "\x1f"))
        reply(json.dumps({"id": request_id, "error": body}))
        continue
    try:
        reply(json.dumps({"id": request_id, "result": result}))
    except (TypeError, ValueError) as e:
        reply(json.dumps({"id": request_id, "error": init_error("Runtime.MarshalError", f"Unable to marshal response: {e}")}))

# The host closes stdin to end this environment: exit now, even if the handler started threads that would
# keep the interpreter alive.
sys.stdout.flush()
protocol.flush()
os._exit(0)
