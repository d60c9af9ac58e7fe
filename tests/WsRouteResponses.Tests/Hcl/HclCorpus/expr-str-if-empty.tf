v = "%{if a}%{endif}"
