import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for API Gateway's $input, written from "Variables for data transformations for API Gateway"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html):
 * body, json(path), path(path), params(), params(name). JSONPath is Jayway JsonPath's (Debian's libjsonpath-java), the
 * Java implementation of the JSONPath the AWS pages link (goessner.net/articles/JsonPath): wildcards, slices, unions,
 * deep scan and filters; a path without "$" is read from the root. A WebSocket message has no path, query string or
 * header parameters.
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

    // {value} when the path matches (the value may be null), else null. A definite path (names and indexes only) selects
    // one value; any other (wildcards, slices, unions, deep scan, filters) the list of all it matches, maybe empty.
    private Object[] select(String path) {
        Object root;
        try {
            root = Json.parse(body);
        } catch (RuntimeException e) {
            return null;
        }
        // An invalid path throws InvalidPathException: the call, and so the template, fails.
        JsonPath compiled = JsonPath.compile(path);
        try {
            Object found = compiled.read(root, Configuration.defaultConfiguration());
            // Jayway's list of matches is a json-smart JSONArray, which prints as JSON; as a plain list it prints as the body's lists do.
            return new Object[] { compiled.isDefinite() ? found : new ArrayList<Object>((List<?>) found) };
        } catch (PathNotFoundException e) {
            return null;
        }
    }
}
