v = "%{if a}yes%{endif}"
