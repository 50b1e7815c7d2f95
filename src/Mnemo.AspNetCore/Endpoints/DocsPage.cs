namespace Mnemo;

/// <summary>The API reference at <c>/docs</c>: one offline page that lists the routes of <c>/openapi/v1.json</c>.</summary>
internal static class DocsPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Mnemo API</title>
        <style>
          body { font: 15px/1.5 system-ui, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; }
          code, .path { font-family: ui-monospace, monospace; }
          .op { border-top: 1px solid #ddd; padding: .4em 0; }
          .m { display: inline-block; width: 5em; font-weight: 600; }
          .get { color: #0a7; } .post { color: #06c; } .put { color: #c70; } .delete { color: #c22; }
        </style></head>
        <body>
        <h1>Mnemo API</h1>
        <p>Mem0-compatible REST API. Authenticate with <code>Authorization: Token &lt;key&gt;</code> (or <code>Bearer</code>,
        or <code>X-API-Key</code>); create keys with <code>mnemo keys create --project NAME</code>.
        Machine-readable: <a href="/openapi/v1.json">/openapi/v1.json</a>.</p>
        <div id="ops">Loading…</div>
        <script>
        fetch('/openapi/v1.json').then(r => r.json()).then(doc => {
          const out = [];
          for (const [path, item] of Object.entries(doc.paths || {})) {
            for (const [method, op] of Object.entries(item)) {
              if (!['get','post','put','delete','patch'].includes(method)) continue;
              out.push(`<div class="op"><span class="m ${method}">${method.toUpperCase()}</span><span class="path">${path}</span> — ${(op.summary || '').replace(/</g, '&lt;')}</div>`);
            }
          }
          document.getElementById('ops').innerHTML = out.join('');
        }).catch(e => { document.getElementById('ops').textContent = 'Could not load the OpenAPI document: ' + e; });
        </script>
        </body></html>
        """;
}
