// The app cdktf.json runs (cdktf synth, or cdktn synth with CdkFlavour=cdktn); App is HashiCorp.Cdktf.App or Io.Cdktn.App.

var app = new App();
_ = new ChatApi.ChatStack(app, "chat-api");
app.Synth();
