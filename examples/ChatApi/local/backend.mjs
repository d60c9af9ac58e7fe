// A local stand-in for the example's HTTP backend (https://chat.example.com), for trying the local runtime:
//   node examples/ChatApi/local/backend.mjs &
//   ./build.sh serve --http https://chat.example.com=http://127.0.0.1:9000
// POST /messages answers by the message's text: "hi" 201, "to nobody" 404, anything else 500; /typing 200.
import { createServer } from "node:http";

createServer((request, response) => {
  let body = "";
  request.on("data", chunk => (body += chunk)).on("end", () => {
    let text = "";
    try { text = JSON.parse(body).text; } catch { /* not JSON: anything else */ }
    const [status, answer] = request.url === "/typing" ? [200, ""]
      : text === "hi" ? [201, "{}"]
      : text === "to nobody" ? [404, '{"error": "no such room"}']
      : [500, "oops"];
    response.writeHead(status, { "content-type": "application/json" }).end(answer);
  });
}).listen(9000, "127.0.0.1", () => console.log("backend on http://127.0.0.1:9000"));
