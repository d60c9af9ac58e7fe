v = "%{if a}yes%{else}no%{endif}"
