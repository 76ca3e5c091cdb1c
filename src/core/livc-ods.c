/* livc-ods.c: tables as an OpenDocument spreadsheet: one sheet per table, typed cells
 * (floats, dates with an ISO date style, strings), the header row frozen and filtered,
 * columns as wide as their texts. The package is libgsf's zip, the XML libxml2's writer.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-output-memory.h>
#include <libxml/xmlwriter.h>

#include "livc-ods.h"

#define MIMETYPE "application/vnd.oasis.opendocument.spreadsheet"

/* A character of the default font is about 0.2 cm wide; a little room for the filter
 * button of the header. */
#define CM_PER_CHAR 0.2
#define CM_PADDING  0.6

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE  "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_NUMBER "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
#define NS_FO     "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_CONFIG "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
#define NS_MANIFEST "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

#define X(s) ((const xmlChar *) (s))

static void
start (xmlTextWriter *w,
       const char    *name)
{
  xmlTextWriterStartElement (w, X (name));
}

static void
end (xmlTextWriter *w)
{
  xmlTextWriterEndElement (w);
}

static void
attr (xmlTextWriter *w,
      const char    *name,
      const char    *value)
{
  xmlTextWriterWriteAttribute (w, X (name), X (value));
}

/* Text in a paragraph as ODF keeps it: runs of spaces as text:s, tabs as text:tab, each
 * line its own paragraph. */
static void
write_paragraphs (xmlTextWriter *w,
                  const char    *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      const char *p = lines[l];
      g_autoptr(GString) run = g_string_new (NULL);

      start (w, "text:p");
      while (*p != '\0')
        {
          guint spaces = 0;

          if (*p == '\r')
            {
              p++;
              continue;
            }
          if (*p == '\t' || *p == ' ')
            {
              /* The first space of a run is kept as it is, unless it starts the line. */
              if (*p == ' ' && run->len > 0 && run->str[run->len - 1] != ' ')
                {
                  g_string_append_c (run, ' ');
                  p++;
                  continue;
                }
              xmlTextWriterWriteString (w, X (run->str));
              g_string_truncate (run, 0);
              if (*p == '\t')
                {
                  start (w, "text:tab");
                  end (w);
                  p++;
                  continue;
                }
              while (p[spaces] == ' ')
                spaces++;
              start (w, "text:s");
              if (spaces > 1)
                {
                  g_autofree char *c = g_strdup_printf ("%u", spaces);
                  attr (w, "text:c", c);
                }
              end (w);
              p += spaces;
              continue;
            }
          g_string_append_c (run, *p);
          p++;
        }
      xmlTextWriterWriteString (w, X (run->str));
      end (w);
    }
}

static void
write_cell (xmlTextWriter  *w,
            const LivcCell *cell,
            const char     *style)
{
  g_autofree char *shown = livc_cell_dup_shown (cell);

  start (w, "table:table-cell");
  if (style != NULL)
    attr (w, "table:style-name", style);
  switch (cell->kind)
    {
    case LIVC_CELL_NUMBER:
      attr (w, "office:value-type", "float");
      attr (w, "office:value", cell->text);
      write_paragraphs (w, shown);
      break;
    case LIVC_CELL_DATE:
      attr (w, "table:style-name", "date");
      attr (w, "office:value-type", "date");
      attr (w, "office:date-value", cell->text);
      write_paragraphs (w, shown);
      break;
    case LIVC_CELL_TEXT:
      attr (w, "office:value-type", "string");
      write_paragraphs (w, shown);
      break;
    case LIVC_CELL_EMPTY:
    default:
      break;
    }
  end (w);
}

/* A, B, …, Z, AA, AB, … */
static void
append_column_name (GString *out,
                    guint    column)
{
  char buf[8];
  guint n = 0;

  column++;
  while (column > 0 && n < sizeof buf)
    {
      buf[n++] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (out, buf[--n]);
}

/* 'Name'.A1:'Name'.F31, quotes in the name doubled. */
static char *
range_address (LivcTable *table)
{
  g_autofree char *safe = livc_sheet_dup_safe (livc_table_get_name (table));
  g_auto(GStrv) parts = g_strsplit (safe, "'", -1);
  g_autofree char *quoted = g_strjoinv ("''", parts);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "'%s'.A1:'%s'.", quoted, quoted);
  append_column_name (out, livc_table_get_n_columns (table) - 1);
  g_string_append_printf (out, "%u", livc_table_get_n_rows (table) + 1);
  return g_string_free (out, FALSE);
}

static void
write_styles (xmlTextWriter *w,
              LivcSheet     *sheet)
{
  start (w, "office:automatic-styles");
  /* Dates read YYYY-MM-DD whatever the reader's locale, as in the CSV. */
  start (w, "number:date-style");
  attr (w, "style:name", "N1");
  for (guint i = 0; i < 3; i++)
    {
      const char *part[] = { "number:year", "number:month", "number:day" };

      if (i > 0)
        {
          start (w, "number:text");
          xmlTextWriterWriteString (w, X ("-"));
          end (w);
        }
      start (w, part[i]);
      attr (w, "number:style", "long");
      end (w);
    }
  end (w);
  start (w, "style:style");
  attr (w, "style:name", "date");
  attr (w, "style:family", "table-cell");
  attr (w, "style:data-style-name", "N1");
  end (w);
  start (w, "style:style");
  attr (w, "style:name", "head");
  attr (w, "style:family", "table-cell");
  start (w, "style:text-properties");
  attr (w, "fo:font-weight", "bold");
  end (w);
  end (w);
  for (guint t = 0; t < livc_sheet_get_n_tables (sheet); t++)
    {
      LivcTable *table = livc_sheet_get_table (sheet, t);

      for (guint c = 0; c < livc_table_get_n_columns (table); c++)
        {
          g_autofree char *name = g_strdup_printf ("co%u-%u", t, c);
          char width[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *cm = NULL;

          g_ascii_formatd (width, sizeof width, "%.2f",
                           livc_table_get_width (table, c) * CM_PER_CHAR + CM_PADDING);
          cm = g_strconcat (width, "cm", NULL);
          start (w, "style:style");
          attr (w, "style:name", name);
          attr (w, "style:family", "table-column");
          start (w, "style:table-column-properties");
          attr (w, "style:column-width", cm);
          end (w);
          end (w);
        }
    }
  end (w);
}

static void
write_table (xmlTextWriter *w,
             LivcTable     *table,
             guint          index)
{
  guint n_columns = livc_table_get_n_columns (table);
  g_autofree char *name = livc_sheet_dup_safe (livc_table_get_name (table));

  start (w, "table:table");
  attr (w, "table:name", name);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *style = g_strdup_printf ("co%u-%u", index, c);

      start (w, "table:table-column");
      attr (w, "table:style-name", style);
      end (w);
    }
  start (w, "table:table-header-rows");
  start (w, "table:table-row");
  for (guint c = 0; c < n_columns; c++)
    {
      LivcCell head = { LIVC_CELL_TEXT, (char *) livc_table_get_header (table, c), 0 };
      write_cell (w, &head, "head");
    }
  end (w);
  end (w);
  for (guint r = 0; r < livc_table_get_n_rows (table); r++)
    {
      start (w, "table:table-row");
      for (guint c = 0; c < n_columns; c++)
        write_cell (w, livc_table_get_cell (table, r, c), NULL);
      end (w);
    }
  end (w);
}

/* An XML document in memory, started; finish_document ends it and hands its bytes. */
static xmlTextWriter *
start_document (xmlBuffer  **buffer,
                const char  *root)
{
  xmlTextWriter *w;

  *buffer = xmlBufferCreate ();
  w = xmlNewTextWriterMemory (*buffer, 0);
  xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL);
  start (w, root);
  attr (w, "xmlns:office", NS_OFFICE);
  return w;
}

static GBytes *
finish_document (xmlTextWriter *w,
                 xmlBuffer     *buffer)
{
  GBytes *bytes;

  xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

static GBytes *
content_xml (LivcSheet *sheet)
{
  xmlBuffer *buffer;
  xmlTextWriter *w = start_document (&buffer, "office:document-content");

  attr (w, "xmlns:style", NS_STYLE);
  attr (w, "xmlns:text", NS_TEXT);
  attr (w, "xmlns:table", NS_TABLE);
  attr (w, "xmlns:number", NS_NUMBER);
  attr (w, "xmlns:fo", NS_FO);
  attr (w, "office:version", "1.2");
  write_styles (w, sheet);
  start (w, "office:body");
  start (w, "office:spreadsheet");
  for (guint t = 0; t < livc_sheet_get_n_tables (sheet); t++)
    write_table (w, livc_sheet_get_table (sheet, t), t);
  /* An autofilter on each table: its header and rows. */
  start (w, "table:database-ranges");
  for (guint t = 0; t < livc_sheet_get_n_tables (sheet); t++)
    {
      g_autofree char *name = g_strdup_printf ("__Anonymous_Sheet_DB__%u", t);
      g_autofree char *range = range_address (livc_sheet_get_table (sheet, t));

      start (w, "table:database-range");
      attr (w, "table:name", name);
      attr (w, "table:target-range-address", range);
      attr (w, "table:display-filter-buttons", "true");
      end (w);
    }
  /* Ending the document closes every element still open. */
  return finish_document (w, buffer);
}

static void
config_item (xmlTextWriter *w,
             const char    *name,
             const char    *type,
             const char    *value)
{
  start (w, "config:config-item");
  attr (w, "config:name", name);
  attr (w, "config:type", type);
  xmlTextWriterWriteString (w, X (value));
  end (w);
}

/* The view: on every sheet the first row frozen, as LibreOffice and Excel keep it. */
static GBytes *
settings_xml (LivcSheet *sheet)
{
  xmlBuffer *buffer;
  xmlTextWriter *w = start_document (&buffer, "office:document-settings");

  attr (w, "xmlns:config", NS_CONFIG);
  attr (w, "office:version", "1.2");
  start (w, "office:settings");
  start (w, "config:config-item-set");
  attr (w, "config:name", "ooo:view-settings");
  start (w, "config:config-item-map-indexed");
  attr (w, "config:name", "Views");
  start (w, "config:config-item-map-entry");
  config_item (w, "ViewId", "string", "view1");
  start (w, "config:config-item-map-named");
  attr (w, "config:name", "Tables");
  for (guint t = 0; t < livc_sheet_get_n_tables (sheet); t++)
    {
      LivcTable *table = livc_sheet_get_table (sheet, t);
      g_autofree char *name = livc_sheet_dup_safe (livc_table_get_name (table));

      start (w, "config:config-item-map-entry");
      attr (w, "config:name", name);
      config_item (w, "HorizontalSplitMode", "short", "0");
      config_item (w, "VerticalSplitMode", "short", "2");
      config_item (w, "HorizontalSplitPosition", "int", "0");
      config_item (w, "VerticalSplitPosition", "int", "1");
      config_item (w, "ActiveSplitRange", "short", "2");
      config_item (w, "PositionLeft", "int", "0");
      config_item (w, "PositionRight", "int", "0");
      config_item (w, "PositionTop", "int", "0");
      config_item (w, "PositionBottom", "int", "1");
      end (w);
    }
  /* Ending the document closes every element still open. */
  return finish_document (w, buffer);
}

static GBytes *
manifest_xml (void)
{
  static const char manifest[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"" NS_MANIFEST "\" manifest:version=\"1.2\">\n"
    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
    " manifest:media-type=\"" MIMETYPE "\"/>\n"
    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"settings.xml\""
    " manifest:media-type=\"text/xml\"/>\n"
    "</manifest:manifest>\n";

  return g_bytes_new_static (manifest, sizeof manifest - 1);
}

static gboolean
add_member (GsfOutfile *zip,
            const char *name,
            GBytes     *data,
            gboolean    stored)
{
  GsfOutput *child;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (data, &size);
  gboolean ok;

  child = stored ? gsf_outfile_new_child_full (zip, name, FALSE,
                                               "compression-level", GSF_ZIP_STORED, NULL)
                 : gsf_outfile_new_child (zip, name, FALSE);
  if (child == NULL)
    return FALSE;
  ok = gsf_output_write (child, size, bytes);
  ok = gsf_output_close (child) && ok;
  g_object_unref (child);
  return ok;
}

/* The package: mimetype first and stored, so that a reader knows the file by its first
 * bytes, as ODF requires; then the manifest, the content and the view settings. */
GBytes *
livc_ods_to_bytes (LivcSheet  *sheet,
                   GError    **error)
{
  GsfOutput *sink = gsf_output_memory_new ();
  GsfOutfile *zip;
  GBytes *result = NULL;
  g_autoptr(GBytes) mimetype = g_bytes_new_static (MIMETYPE, strlen (MIMETYPE));
  g_autoptr(GBytes) manifest = manifest_xml ();
  g_autoptr(GBytes) content = content_xml (sheet);
  g_autoptr(GBytes) settings = settings_xml (sheet);
  gboolean ok;

  zip = gsf_outfile_zip_new (sink, error);
  if (zip == NULL)
    {
      g_object_unref (sink);
      return NULL;
    }
  ok = add_member (zip, "mimetype", mimetype, TRUE) &&
       add_member (zip, "META-INF/manifest.xml", manifest, FALSE) &&
       add_member (zip, "content.xml", content, FALSE) &&
       add_member (zip, "settings.xml", settings, FALSE);
  ok = gsf_output_close (GSF_OUTPUT (zip)) && ok;
  if (ok)
    result = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)),
                          gsf_output_size (sink));
  else
    {
      const GError *zip_error = gsf_output_error (GSF_OUTPUT (zip));

      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           zip_error ? zip_error->message : "zip");
    }
  g_object_unref (zip);
  g_object_unref (sink);
  return result;
}
