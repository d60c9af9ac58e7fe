v = "$${not} %%{not}"
