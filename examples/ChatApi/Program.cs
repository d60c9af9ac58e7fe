using HashiCorp.Cdktf;

var app = new App();
_ = new ChatApi.ChatStack(app, "chat-api");
app.Synth();
