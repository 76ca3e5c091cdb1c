/* livc-xml.c: safe reading of untrusted XML: no network, no DTD, no entity expansion, a
 * size cap, schema validation from the built-in RelaxNG, and line numbers everywhere.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlsave.h>

#include "livc-loader.h"
#include "livc-types.h"
#include "livc-xml.h"
#include "livc-xml-limits.h"

typedef struct
{
  const char      *display_name;
  LivcDiagnostics *diag;
  gboolean         stopped;
  gboolean         failed;
} ParseState;

static void
quiet_generic_error (void       *ctx,
                     const char *msg,
                     ...)
{
  /* Every message is reported through the structured handlers instead. */
}

void
livc_xml_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetGenericErrorFunc (NULL, quiet_generic_error);
      g_once_init_leave (&initialized, 1);
    }
}

static void
on_parse_error (void        *data,
                xmlErrorPtr  err)
{
  xmlParserCtxtPtr ctxt = data;
  ParseState *state = ctxt->_private;
  const char *message;

  if (state == NULL || state->stopped || err == NULL)
    return;
  if (err->level == XML_ERR_WARNING)
    return;
  state->failed = TRUE;
  message = err->message ? err->message : "?";
  /* libxml2 words its safety limits for programmers ("use XML_PARSE_HUGE option"): say
   * what is wrong with the file instead. */
  if (g_str_has_prefix (message, "Excessive depth in document"))
    message = _("the elements are nested too deeply");
  else if (g_str_has_prefix (message, "AttValue length too long"))
    message = _("an attribute value is too long");
  livc_diagnostics_add (state->diag, LIVC_SEVERITY_ERROR, state->display_name, err->line,
                        _("not well-formed XML: %s"), message);
}

/* Replaces libxml2's handler for <!DOCTYPE …>: a DTD is never read, and the file is
 * refused at the line where it starts, before any entity can be declared. */
static void
on_internal_subset (void          *data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = data;
  ParseState *state = ctxt->_private;

  if (state->stopped)
    return;
  livc_diagnostics_add (state->diag, LIVC_SEVERITY_ERROR, state->display_name,
                        xmlSAX2GetLineNumber (ctxt),
                        _("document type declarations (DTD) are not allowed"));
  state->stopped = TRUE;
  state->failed = TRUE;
  xmlStopParser (ctxt);
}

static void
on_entity_decl (void          *data,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  on_internal_subset (data, name, public_id, system_id);
}

static gboolean
refuse_if_not_utf8 (const char      *data,
                    gsize            length,
                    const char      *display_name,
                    LivcDiagnostics *diag)
{
  const guchar *b = (const guchar *) data;
  gboolean utf16 = FALSE;

  if (length >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)))
    utf16 = TRUE;
  if (length >= 2 && ((b[0] == 0 && b[1] == '<') || (b[0] == '<' && b[1] == 0)))
    utf16 = TRUE;
  if (length >= 4 && b[0] == 0 && b[1] == 0)
    utf16 = TRUE;
  if (utf16)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 1,
                            _("the file is not UTF-8 (it looks like UTF-16 or UTF-32)"));
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Files are UTF-8 whatever they declare; a declaration of another encoding is refused
 * rather than silently misread (the parser is told to ignore declared encodings). The
 * whole declaration is read, however much space it holds: its pseudo-attributes may be
 * spread over any number of bytes. */
static gboolean
refuse_declared_encoding (const char      *data,
                          gsize            length,
                          const char      *display_name,
                          LivcDiagnostics *diag)
{
  const char *p, *end;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (length < 6 || memcmp (data, "<?xml", 5) != 0 || !is_xml_space (data[5]))
    return FALSE;
  p = data + 5;
  end = data + length;
  for (;;)
    {
      const char *name, *value;
      gsize name_len, value_len;
      char quote;

      while (p < end && is_xml_space (*p))
        p++;
      if (p >= end || *p == '?')
        return FALSE; /* the end of the declaration, or something the parser refuses */
      name = p;
      while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.'))
        p++;
      name_len = (gsize) (p - name);
      while (p < end && is_xml_space (*p))
        p++;
      if (name_len == 0 || p >= end || *p != '=')
        return FALSE;
      p++;
      while (p < end && is_xml_space (*p))
        p++;
      if (p >= end || (*p != '"' && *p != '\''))
        return FALSE;
      quote = *p++;
      value = p;
      while (p < end && *p != quote && *p != '<' && *p != '>')
        p++;
      if (p >= end || *p != quote)
        return FALSE;
      value_len = (gsize) (p - value);
      p++;
      if (name_len != 8 || memcmp (name, "encoding", 8) != 0)
        continue;
      if ((value_len == 5 && g_ascii_strncasecmp (value, "UTF-8", 5) == 0) ||
          (value_len == 4 && g_ascii_strncasecmp (value, "UTF8", 4) == 0))
        return FALSE;
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 1,
                            _("the file declares the encoding “%.*s”; only UTF-8 is allowed"),
                            (int) MIN (value_len, 40), value);
      return TRUE;
    }
}

static void
set_error_from_diag (LivcDiagnostics *diag,
                     guint            first,
                     int              code,
                     GError         **error)
{
  g_autofree char *message = livc_diagnostics_join (diag, first, LIVC_SEVERITY_ERROR);

  g_set_error_literal (error, LIVC_LOADER_ERROR, code, message);
}

xmlDoc *
livc_xml_read_memory (const char      *data,
                      gsize            length,
                      const char      *display_name,
                      LivcDiagnostics *diag,
                      GError         **error)
{
  g_autoptr(LivcDiagnostics) own_diag = NULL;
  guint first;
  xmlParserCtxtPtr ctxt;
  ParseState state = { 0 };
  xmlDoc *doc;
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC;

  livc_xml_init ();
  if (diag == NULL)
    diag = own_diag = livc_diagnostics_new ();
  first = livc_diagnostics_get_n (diag);

  if (length > LIVC_MAX_FILE_SIZE)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0,
                            _("the file is larger than 16 MiB"));
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_TOO_LARGE, error);
      return NULL;
    }
  if (length == 0)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0,
                            _("the file is empty"));
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_NOT_WELL_FORMED, error);
      return NULL;
    }
  if (refuse_if_not_utf8 (data, length, display_name, diag) ||
      refuse_declared_encoding (data, length, display_name, diag))
    {
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_FORBIDDEN, error);
      return NULL;
    }
  if (!livc_xml_check_limits (data, length, display_name, diag))
    {
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_TOO_LARGE, error);
      return NULL;
    }

  ctxt = xmlCreateMemoryParserCtxt (data, (int) length);
  if (ctxt == NULL)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0,
                            _("out of memory while reading the file"));
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_IO, error);
      return NULL;
    }
  state.display_name = display_name;
  state.diag = diag;
  ctxt->_private = &state;
  xmlCtxtUseOptions (ctxt, options);
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = on_internal_subset;
  ctxt->sax->entityDecl = on_entity_decl;
  ctxt->replaceEntities = 0;
  ctxt->loadsubset = 0;
  ctxt->validate = 0;

  xmlParseDocument (ctxt);
  doc = ctxt->myDoc;
  ctxt->myDoc = NULL;
  if (!ctxt->wellFormed && !state.failed)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name,
                            ctxt->input ? ctxt->input->line : 0,
                            _("not well-formed XML"));
      state.failed = TRUE;
    }
  xmlFreeParserCtxt (ctxt);

  if (state.failed || doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (!state.failed)
        livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0,
                              _("the file holds no XML element"));
      g_clear_pointer (&doc, xmlFreeDoc);
      set_error_from_diag (diag, first,
                           state.stopped ? LIVC_LOADER_ERROR_FORBIDDEN
                                         : LIVC_LOADER_ERROR_NOT_WELL_FORMED,
                           error);
      return NULL;
    }
  return doc;
}

/* Reads at most the size cap plus one byte from a regular file, refusing anything else
 * (directories, devices, pipes) before it is opened for reading. */
xmlDoc *
livc_xml_read_file (const char      *path,
                    LivcDiagnostics *diag,
                    GError         **error)
{
  g_autoptr(LivcDiagnostics) own_diag = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  GStatBuf st;
  guint first;
  int fd;

  if (diag == NULL)
    diag = own_diag = livc_diagnostics_new ();
  first = livc_diagnostics_get_n (diag);

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved = errno;
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0, _("cannot open the file: %s"),
                            g_strerror (saved));
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_IO, error);
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0,
                            S_ISDIR (st.st_mode) ? _("this is a folder, not a file")
                                                 : _("this is not a regular file"));
      close (fd);
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_IO, error);
      return NULL;
    }
  if (st.st_size > LIVC_MAX_FILE_SIZE)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0,
                            _("the file is larger than 16 MiB"));
      close (fd);
      set_error_from_diag (diag, first, LIVC_LOADER_ERROR_TOO_LARGE, error);
      return NULL;
    }

  buffer = g_byte_array_sized_new ((guint) st.st_size + 1);
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize r = read (fd, chunk, sizeof chunk);

      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        {
          int saved = errno;
          livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0,
                                _("cannot read the file: %s"), g_strerror (saved));
          close (fd);
          set_error_from_diag (diag, first, LIVC_LOADER_ERROR_IO, error);
          return NULL;
        }
      if (r == 0)
        break;
      if (buffer->len + (gsize) r > LIVC_MAX_FILE_SIZE)
        {
          /* It grew while we read it. */
          livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0,
                                _("the file is larger than 16 MiB"));
          close (fd);
          set_error_from_diag (diag, first, LIVC_LOADER_ERROR_TOO_LARGE, error);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) r);
    }
  close (fd);

  return livc_xml_read_memory ((const char *) buffer->data, buffer->len, path, diag, error);
}

typedef struct
{
  const char      *display_name;
  LivcDiagnostics *diag;
  int              last_line;
  char            *last_message;
  guint            n_errors;
} ValidState;

/* libxml2's schema messages are English and terse: the common ones are said again in
 * the user's language, naming the element and attribute. */
static char *
describe_schema_error (xmlErrorPtr err)
{
  const char *s1 = err->str1 ? err->str1 : "?";
  const char *s2 = err->str2 ? err->str2 : "?";

  switch (err->code)
    {
    case XML_RELAXNG_ERR_INVALIDATTR:
      return g_strdup_printf (_("the attribute “%s” of <%s> is not allowed "
                                "or has an invalid value"),
                              s1, s2);
    case XML_RELAXNG_ERR_ELEMNAME:
      return g_strdup_printf (_("<%s> was expected here, not <%s>"), s1, s2);
    case XML_RELAXNG_ERR_NOELEM:
      return g_strdup_printf (_("the element <%s> is missing"), s1);
    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_INTEREXTRA:
      return g_strdup_printf (_("the element <%s> is not allowed here"), s1);
    case XML_RELAXNG_ERR_EXTRACONTENT:
      return g_strdup_printf (_("<%s> has content that is not allowed: <%s>"), s1, s2);
    case XML_RELAXNG_ERR_ATTRVALID:
      return g_strdup_printf (_("<%s> lacks an attribute or has one with an invalid value"), s1);
    case XML_RELAXNG_ERR_CONTENTVALID:
      return g_strdup_printf (_("the content of <%s> is not valid"), s1);
    case XML_RELAXNG_ERR_ELEMWRONGNS:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
    case XML_RELAXNG_ERR_ELEMNONS:
      return g_strdup_printf (_("the element <%s> is in the wrong namespace"), s1);
    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_VALUE:
    case XML_RELAXNG_ERR_TYPEVAL:
      return g_strdup_printf (_("a value does not have the expected form (%s)"), s1);
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
      return g_strdup_printf (_("the element <%s> must be empty"), s1);
    case XML_RELAXNG_ERR_NOTELEM:
      return g_strdup (_("text is not allowed here"));
    default:
      return g_strchomp (g_strdup (err->message ? err->message : "?"));
    }
}

static void
on_valid_error (void        *data,
                xmlErrorPtr  err)
{
  ValidState *state = data;
  int line = err->line;
  g_autofree char *message = NULL;

  if (err->level == XML_ERR_WARNING)
    return;
  if (line <= 0 && err->node != NULL)
    line = livc_xml_line (err->node);
  /* libxml2 repeats a child's failure on its ancestors: keep the first, most precise. */
  if (state->n_errors > 0 &&
      (err->code == XML_RELAXNG_ERR_CONTENTVALID || err->code == XML_RELAXNG_ERR_INTEREXTRA ||
       err->code == XML_RELAXNG_ERR_INTERSEQ ||
       err->code == XML_RELAXNG_ERR_EXTRACONTENT || line <= 0))
    return;
  message = describe_schema_error (err);
  if (line == state->last_line && g_strcmp0 (message, state->last_message) == 0)
    return;
  state->n_errors++;
  state->last_line = line;
  g_free (state->last_message);
  state->last_message = g_strdup (message);
  livc_diagnostics_add (state->diag, LIVC_SEVERITY_ERROR, state->display_name, line,
                        _("does not follow the schema: %s"), message);
}

static xmlRelaxNGPtr
load_schema (const char *resource)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxtPtr pctxt;
  xmlRelaxNGPtr schema;
  gsize size;
  const char *data;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &size);
  pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  schema = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  g_assert (schema != NULL);
  return schema;
}

gboolean
livc_xml_validate (xmlDoc          *doc,
                   const char      *schema_resource,
                   const char      *display_name,
                   LivcDiagnostics *diag)
{
  static GMutex lock;
  static GHashTable *schemas;
  xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr vctxt;
  ValidState state = { display_name, diag, 0, NULL, 0 };
  int rc;

  g_mutex_lock (&lock);
  if (schemas == NULL)
    schemas = g_hash_table_new (g_str_hash, g_str_equal);
  schema = g_hash_table_lookup (schemas, schema_resource);
  if (schema == NULL)
    {
      schema = load_schema (schema_resource);
      g_hash_table_insert (schemas, (gpointer) schema_resource, schema);
    }
  g_mutex_unlock (&lock);

  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, on_valid_error, &state);
  rc = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);
  g_free (state.last_message);
  if (rc != 0 && state.n_errors == 0)
    livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0,
                          _("does not follow the schema"));
  return rc == 0;
}

/* An element of either XInclude namespace: neither is ever processed, both are refused. */
gboolean
livc_xml_is_xinclude (xmlNode *node)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         node->ns->href != NULL &&
         (strcmp ((const char *) node->ns->href, LIVC_XINCLUDE_NS) == 0 ||
          strcmp ((const char *) node->ns->href, LIVC_XINCLUDE_2003_NS) == 0);
}

int
livc_xml_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 && line < G_MAXINT ? (int) line : 0;
}

gboolean
livc_xml_is (xmlNode    *node,
             const char *ns,
             const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->ns->href, ns) == 0 &&
         strcmp ((const char *) node->name, name) == 0;
}

char *
livc_xml_prop (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = livc_text_sanitize ((const char *) value);
  xmlFree (value);
  return copy;
}

char *
livc_xml_text (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy = livc_text_sanitize (value ? (const char *) value : "");

  xmlFree (value);
  return copy;
}

/* Escapes only what XML requires, so that content keeps its size: libxml2's own
 * serializer writes every ">" as "&gt;", which made a 5 MB extension element of ">" 20 MB,
 * over the size cap, and it was dropped on the next save. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          /* Only "]]>" is forbidden in text. */
          if (!attribute && p - text >= 2 && p[-1] == ']' && p[-2] == ']')
            g_string_append (out, "&gt;");
          else
            g_string_append_c (out, '>');
          break;
        case '\r':
          g_string_append (out, "&#13;");
          break;
        case '"':
          g_string_append (out, attribute ? "&quot;" : "\"");
          break;
        case '\t':
          g_string_append (out, attribute ? "&#9;" : "\t");
          break;
        case '\n':
          g_string_append (out, attribute ? "&#10;" : "\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static void
append_qname (GString       *out,
              xmlNs         *ns,
              const xmlChar *name)
{
  if (ns != NULL && ns->prefix != NULL)
    g_string_append_printf (out, "%s:", (const char *) ns->prefix);
  g_string_append (out, (const char *) name);
}

static void
append_node (GString *out,
             xmlNode *node)
{
  switch (node->type)
    {
    case XML_ELEMENT_NODE:
      g_string_append_c (out, '<');
      append_qname (out, node->ns, node->name);
      for (xmlNs *ns = node->nsDef; ns != NULL; ns = ns->next)
        {
          g_string_append (out, ns->prefix ? " xmlns:" : " xmlns");
          if (ns->prefix != NULL)
            g_string_append (out, (const char *) ns->prefix);
          g_string_append (out, "=\"");
          append_escaped (out, ns->href ? (const char *) ns->href : "", TRUE);
          g_string_append_c (out, '"');
        }
      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        {
          /* In line: the value itself, not escaped. */
          xmlChar *value = xmlNodeListGetString (node->doc, attr->children, 1);

          g_string_append_c (out, ' ');
          append_qname (out, attr->ns, attr->name);
          g_string_append (out, "=\"");
          append_escaped (out, value ? (const char *) value : "", TRUE);
          xmlFree (value);
          g_string_append_c (out, '"');
        }
      if (node->children == NULL)
        {
          g_string_append (out, "/>");
          break;
        }
      g_string_append_c (out, '>');
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        append_node (out, child);
      g_string_append (out, "</");
      append_qname (out, node->ns, node->name);
      g_string_append_c (out, '>');
      break;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      append_escaped (out, node->content ? (const char *) node->content : "", FALSE);
      break;
    case XML_COMMENT_NODE:
      g_string_append_printf (out, "<!--%s-->", node->content ? (const char *) node->content : "");
      break;
    case XML_PI_NODE:
      g_string_append_printf (out, "<?%s%s%s?>", (const char *) node->name,
                              node->content && *node->content ? " " : "",
                              node->content ? (const char *) node->content : "");
      break;
    case XML_ENTITY_REF_NODE:
      g_string_append_printf (out, "&%s;", (const char *) node->name);
      break;
    default:
      break;
    }
}

/* An element of another vocabulary as bytes that stand on their own: copied into a
 * document of its own first, so that the namespaces it uses from its ancestors are
 * declared on it. */
static char *
serialize_element (xmlNode *node)
{
  xmlDoc *tmp = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNode *copy = xmlDocCopyNode (node, tmp, 1);
  GString *out = g_string_new (NULL);

  xmlDocSetRootElement (tmp, copy);
  append_node (out, copy);
  xmlFreeDoc (tmp);
  return g_string_free (out, FALSE);
}

/* Keeps what belongs to other vocabularies: elements of other namespaces (whole, with
 * their namespace declarations) and namespaced attributes other than xml:*. */
void
livc_xml_collect_foreign (xmlNode     *node,
                          const char  *own_ns,
                          LivcForeign *foreign)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      LivcForeignAttr fa;
      xmlChar *value;

      if (attr->ns == NULL || strcmp ((const char *) attr->ns->href, LIVC_XML_NS) == 0 ||
          strcmp ((const char *) attr->ns->href, own_ns) == 0)
        continue;
      value = xmlNodeListGetString (node->doc, attr->children, 1);
      fa.ns_href = g_strdup ((const char *) attr->ns->href);
      fa.ns_prefix = g_strdup ((const char *) attr->ns->prefix);
      fa.name = g_strdup ((const char *) attr->name);
      fa.value = g_strdup (value ? (const char *) value : "");
      xmlFree (value);
      g_array_append_val (foreign->attributes, fa);
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (child->ns != NULL && strcmp ((const char *) child->ns->href, own_ns) == 0)
        continue;
      g_ptr_array_add (foreign->elements, serialize_element (child));
    }
}

void
livc_xml_write_foreign_attributes (xmlNode           *node,
                                   const LivcForeign *foreign)
{
  if (foreign == NULL)
    return;
  for (guint i = 0; i < foreign->attributes->len; i++)
    {
      const LivcForeignAttr *fa = &g_array_index (foreign->attributes, LivcForeignAttr, i);
      xmlNs *ns = xmlSearchNsByHref (node->doc, node, (const xmlChar *) fa->ns_href);

      if (ns == NULL)
        {
          const char *prefix = fa->ns_prefix ? fa->ns_prefix : "ns";
          ns = xmlNewNs (node, (const xmlChar *) fa->ns_href, (const xmlChar *) prefix);
        }
      xmlNewNsProp (node, ns, (const xmlChar *) fa->name, (const xmlChar *) fa->value);
    }
}

/* Foreign elements are written as the bytes that were read, never parsed again: each
 * stands in the tree as a processing instruction that livc_xml_dump () replaces with its
 * bytes. Text and attributes in the tree have "<" escaped, so the dump holds no other
 * "<?livc-scan-foreign ". */
#define FOREIGN_PI "livc-scan-foreign"

void
livc_xml_write_foreign_elements (xmlNode           *node,
                                 const LivcForeign *foreign)
{
  GPtrArray *pending;

  if (foreign == NULL || foreign->elements->len == 0)
    return;
  if (node->doc->_private == NULL)
    node->doc->_private = g_ptr_array_new ();
  pending = node->doc->_private;
  for (guint i = 0; i < foreign->elements->len; i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", pending->len);
      g_ptr_array_add (pending, g_ptr_array_index (foreign->elements, i));
      xmlAddChild (node, xmlNewDocPI (node->doc, (const xmlChar *) FOREIGN_PI,
                                      (const xmlChar *) index));
    }
}

/* The document as indented UTF-8, its foreign elements put back as they were read. */
GBytes *
livc_xml_dump (xmlDoc *doc)
{
  static const char marker[] = "<?" FOREIGN_PI " ";
  GPtrArray *pending = doc->_private;
  xmlChar *mem = NULL;
  int size = 0;
  GString *out;
  const char *p, *end;

  xmlDocDumpFormatMemoryEnc (doc, &mem, &size, "UTF-8", 1);
  if (pending == NULL)
    {
      GBytes *bytes = g_bytes_new (mem, (gsize) size);

      xmlFree (mem);
      return bytes;
    }
  out = g_string_sized_new ((gsize) size);
  p = (const char *) mem;
  end = p + size;
  while (p < end)
    {
      const char *found = g_strstr_len (p, end - p, marker);
      const char *close;
      guint64 index;

      if (found == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, found - p);
      index = g_ascii_strtoull (found + strlen (marker), (char **) &close, 10);
      g_assert (index < pending->len && strncmp (close, "?>", 2) == 0);
      g_string_append (out, g_ptr_array_index (pending, index));
      p = close + 2;
    }
  xmlFree (mem);
  g_ptr_array_unref (pending);
  doc->_private = NULL;
  return g_string_free_to_bytes (out);
}

void
livc_xml_write_foreign (xmlNode           *node,
                        const LivcForeign *foreign)
{
  livc_xml_write_foreign_attributes (node, foreign);
  livc_xml_write_foreign_elements (node, foreign);
}
