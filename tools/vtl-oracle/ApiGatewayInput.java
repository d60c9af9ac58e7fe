import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for API Gateway's $input, written from "Variables for data transformations for API Gateway"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html):
 * body, json(path), path(path), params(), params(name). JSONPath here is the subset templates use:
 * $, .name, ['name'], [index]. A WebSocket message has no path, query string or header parameters.
 */
public final class ApiGatewayInput {
    private final String body;

    ApiGatewayInput(String body) { this.body = body; }

    /** The raw payload as a string. */
    public String getBody() { return body; }

    /** The JSON text of what the path selects; an empty string when nothing matches or the body is not JSON. */
    public String json(String path) {
        Object[] found = select(path);
        return found == null ? "" : Json.write(found[0]);
    }

    /** What the path selects, as an object (map, list, string, number, boolean), or null. */
    public Object path(String path) {
        Object[] found = select(path);
        return found == null ? null : found[0];
    }

    /** All request parameters by kind: path, querystring, header (empty for a WebSocket message). */
    public Map<String, Object> params() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("path", new LinkedHashMap<String, Object>());
        all.put("querystring", new LinkedHashMap<String, Object>());
        all.put("header", new LinkedHashMap<String, Object>());
        return all;
    }

    /** One parameter by name: none exist for a WebSocket message, so an empty string. */
    public String params(String name) { return ""; }

    // {value} when the path matches (the value may be null), else null.
    private Object[] select(String path) {
        Object root;
        try {
            root = Json.parse(body);
        } catch (RuntimeException e) {
            return null;
        }
        if (!path.startsWith("$")) throw new IllegalArgumentException("JSONPath must start with $: " + path);
        Object current = root;
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
                String name = path.substring(i + 1, end);
                if (!(current instanceof Map) || !((Map<?, ?>) current).containsKey(name)) return null;
                current = ((Map<?, ?>) current).get(name);
                i = end;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                String inner = path.substring(i + 1, end).trim();
                if (inner.startsWith("'") || inner.startsWith("\"")) {
                    String name = inner.substring(1, inner.length() - 1);
                    if (!(current instanceof Map) || !((Map<?, ?>) current).containsKey(name)) return null;
                    current = ((Map<?, ?>) current).get(name);
                } else {
                    int index = Integer.parseInt(inner);
                    if (!(current instanceof List)) return null;
                    List<?> list = (List<?>) current;
                    if (index < 0) index += list.size();
                    if (index < 0 || index >= list.size()) return null;
                    current = list.get(index);
                }
                i = end + 1;
            } else throw new IllegalArgumentException("bad JSONPath: " + path);
        }
        return new Object[] { current };
    }
}
