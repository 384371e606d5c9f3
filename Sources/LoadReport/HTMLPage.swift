/// The shell every page shares (report.html, index.html): one head with the inline stylesheet, the
/// body, and the screening disclaimer as footer, so the pages cannot drift apart.
enum HTMLPage {
    /// `body` is markup; `title` is text and is escaped here.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>

        """ + body + "<footer><p class=\"disclaimer\">\(HTMLText.escape(ReportRenderer.disclaimer))</p></footer>\n"
            + "</body>\n</html>\n"
    }
}
