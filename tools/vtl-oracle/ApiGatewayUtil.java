import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.commons.lang.StringEscapeUtils;

/**
 * A stand-in for API Gateway's $util, written from "Variables for data transformations for API Gateway"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html):
 * "Escapes the characters in a string using JavaScript string rules" (commons-lang's escapeJavaScript, which
 * also escapes single quotes, as the page warns), parseJson, urlEncode/urlDecode ("application/x-www-form-urlencoded"),
 * base64Encode/base64Decode.
 */
public final class ApiGatewayUtil {
    /** JavaScript string escaping. */
    public String escapeJavaScript(String text) { return StringEscapeUtils.escapeJavaScript(text); }

    /** The object a JSON text stands for. */
    public Object parseJson(String text) { return Json.parse(text); }

    /** application/x-www-form-urlencoded encoding (UTF-8). */
    public String urlEncode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8); }

    /** application/x-www-form-urlencoded decoding (UTF-8). */
    public String urlDecode(String text) { return URLDecoder.decode(text, StandardCharsets.UTF_8); }

    /** Base64 of the UTF-8 bytes. */
    public String base64Encode(String text) { return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)); }

    /** The UTF-8 text of base64 data. */
    public String base64Decode(String text) { return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8); }
}
