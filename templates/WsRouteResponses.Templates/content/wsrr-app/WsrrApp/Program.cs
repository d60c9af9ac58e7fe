// What cdktf.json runs: cdktf synth writes the stack's Terraform to cdktf.out/stacks/wsrrapp.
using HashiCorp.Cdktf;
using WsrrApp;

var app = new App();
new ChatStack(app, "wsrrapp");
app.Synth();
