// links.js: prints the target page of each link on a page of a PDF, one per line.
// mutool run links.js FILE.pdf PAGE (from 1)
var doc = new Document(scriptArgs[0]);
var links = doc.loadPage(parseInt(scriptArgs[1], 10) - 1).getLinks();
for (var i = 0; i < links.length; i++) {
  var m = /#page=(\d+)/.exec(links[i].uri);
  print(m ? m[1] : links[i].uri);
}
