import java.io.File;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.context.InternalContextAdapterImpl;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Renders every case of a VTL corpus with the real Apache Velocity 1.7 and writes, beside each
 * <area>.vtlcases file, <area>.expected.json: per case its output, or the kind, class and message of the error.
 * Usage: java VtlOracle <corpus folder>. The corpus format is described in docs/vtl.md.
 */
public final class VtlOracle {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Map<?, ?> shared = (Map<?, ?>) Json.parse(Files.readString(corpus.resolve("context.json")));
        Path empty = Files.createTempDirectory("vtl-oracle-templates");
        File[] files = corpus.toFile().listFiles((d, n) -> n.endsWith(".vtlcases"));
        java.util.Arrays.sort(files);
        int total = 0;
        for (File file : files) {
            StringBuilder out = new StringBuilder("{\n");
            boolean first = true;
            for (Case c : Case.read(Files.readString(file.toPath(), StandardCharsets.UTF_8))) {
                String body = c.body != null ? c.body : (String) shared.get("body");
                if (!first) out.append(",\n");
                first = false;
                Json.quote(c.name, out);
                out.append(": ");
                out.append(render(c.template, body, shared, empty));
                total++;
            }
            out.append("\n}\n");
            String name = file.getName().replace(".vtlcases", ".expected.json");
            Files.writeString(corpus.resolve(name), out.toString(), StandardCharsets.UTF_8);
        }
        System.out.println("recorded " + total + " cases from " + files.length + " files");
    }

    // {"output": "..."} or {"kind": "parse" or "render", "error": "ClassName", "message": "..."}
    private static String render(String template, String body, Map<?, ?> shared, Path empty) throws Exception {
        RuntimeInstance engine = engine(empty);
        VelocityContext context = new VelocityContext();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) shared.get("vars")).entrySet())
            context.put((String) e.getKey(), copy(e.getValue()));
        context.put("input", new ApiGatewayInput(body));
        context.put("util", new ApiGatewayUtil());
        context.put("context", copy(shared.get("context")));
        StringWriter writer = new StringWriter();
        StringBuilder b = new StringBuilder();
        try {
            engine.evaluate(context, writer, "template", template);
            b.append("{\"output\": ");
            Json.quote(writer.toString(), b);
        } catch (Exception e) {
            b.append("{\"kind\": ");
            Json.quote(refusedWhenLoaded(template, empty) ? "parse" : "render", b);
            b.append(", \"error\": ");
            Json.quote(e.getClass().getSimpleName(), b);
            b.append(", \"message\": ");
            Json.quote(String.valueOf(e.getMessage()), b);
        }
        return b.append("}").toString();
    }

    // Whether Velocity refuses the template as it loads it (parsing, then initialising the tree: string literals,
    // directives' arguments), whatever the data; otherwise it failed while rendering. A fresh engine, so that the
    // macros this parse defines do not meet those of the rendering.
    private static boolean refusedWhenLoaded(String template, Path empty) throws Exception {
        RuntimeInstance engine = engine(empty);
        try {
            SimpleNode tree = engine.parse(new StringReader(template), "template");
            InternalContextAdapterImpl context = new InternalContextAdapterImpl(new VelocityContext());
            context.pushCurrentTemplateName("template");
            tree.init(context, engine);
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static RuntimeInstance engine(Path empty) throws Exception {
        RuntimeInstance engine = new RuntimeInstance();
        Properties p = new Properties();
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        // Velocity's defaults, spelled out: an undefined reference prints as written, and is no error.
        p.setProperty("runtime.references.strict", "false");
        p.setProperty("velocimacro.library", "");
        // API Gateway offers no template files: #parse and #include find nothing.
        p.setProperty("file.resource.loader.path", empty.toString());
        engine.init(p);
        return engine;
    }

    // Each case gets its own copy, so that a template that changes a map or list does not change the next case's.
    private static Object copy(Object value) {
        return Json.parse(Json.write(value));
    }

    /** One case: "=== name", optional "--- body <text>" and "--- cite <source>" lines, then the template up to the next "=== " line (its last line break excluded). */
    static final class Case {
        String name;
        String body;
        String template;

        static List<Case> read(String text) {
            List<Case> cases = new ArrayList<>();
            Case current = null;
            StringBuilder template = null;
            boolean header = false;
            if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("=== ")) {
                    if (current != null) current.template = trimLast(template);
                    current = new Case();
                    current.name = line.substring(4).trim();
                    cases.add(current);
                    template = new StringBuilder();
                    header = true;
                    continue;
                }
                if (current == null) continue;
                if (header && line.startsWith("--- body ")) { current.body = line.substring(9); continue; }
                if (header && line.startsWith("--- ")) continue;
                header = false;
                template.append(line).append('\n');
            }
            if (current != null) current.template = trimLast(template);
            return cases;
        }

        private static String trimLast(StringBuilder b) {
            String s = b.toString();
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        }
    }
}
