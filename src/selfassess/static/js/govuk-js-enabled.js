// GOV.UK Frontend's page template does this inline; a static file keeps the Content
// Security Policy free of 'unsafe-inline'. Loaded (not deferred) first thing in <body>.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
