/* livc-report-pdf.c: a report written as PDF: metadata, outline and structure tags through
 * cairo, then post-processed for what cairo 1.16 cannot write: the clickable contents, the
 * document's language and the charts' alternative texts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "livc-report-private.h"
#include "livc-writer.h"

/* What cairo 1.16 cannot write is added afterwards, as an incremental update (PDF 1.7,
 * 7.5.6) that writes a few of its objects again:
 * - the clickable contents: cairo 1.16 writes a broken cross-reference table as soon as a
 *   PDF has a link annotation, so each contents page gets an /Annots array, after one link
 *   annotation per line whose destination is the heading's page and height;
 * - the catalog, with the document's language (/Lang: cairo 1.16 has no call for it), the
 *   title shown in a viewer's title bar and the bookmarks open;
 * - each chart's Figure structure element, with its /Alt text (cairo 1.16 drops the
 *   attributes of structure tags).
 * Only the plain structure cairo writes is read: the trailer, the /Kids of the page tree,
 * the catalog, the page objects and the structure elements. Should it ever differ, the PDF
 * is left as cairo wrote it. */

static const char *
find_in (GByteArray *pdf,
         const char *needle,
         const char *from)
{
  const char *end = (const char *) pdf->data + pdf->len;
  gsize n = strlen (needle);

  for (const char *p = from; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

static const char *
rfind_in (GByteArray *pdf,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = pdf->len >= n ? pdf->len - n + 1 : 0; i-- > 0;)
    if (memcmp (pdf->data + i, needle, n) == 0)
      return (const char *) pdf->data + i;
  return NULL;
}

/* The integer after key in the text from p, or -1. */
static gint64
number_after (const char *p,
              const char *key)
{
  const char *k = strstr (p, key);

  return k != NULL ? g_ascii_strtoll (k + strlen (key), NULL, 10) : -1;
}

/* The page objects' numbers, in order, from the /Kids of cairo's one /Pages object. */
static GArray *
page_objects (GByteArray *pdf)
{
  GArray *kids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *p;

  if ((p = find_in (pdf, "/Type /Pages", (const char *) pdf->data)) == NULL ||
      (p = find_in (pdf, "/Kids [", p)) == NULL)
    return kids;
  for (p += strlen ("/Kids ["); *p != ']' && *p != '\0';)
    {
      char *end;
      gint64 number = g_ascii_strtoll (p, &end, 10);

      if (end == p || (p = strchr (end, 'R')) == NULL)
        {
          g_array_set_size (kids, 0);
          break;
        }
      g_array_append_val (kids, number);
      for (p++; *p == ' ' || *p == '\n'; p++)
        ;
    }
  return kids;
}

/* The numbers of the Figure structure elements, in the order cairo wrote them: the order
 * of the structure tree, which is the order the charts were drawn in. */
static GArray *
figure_objects (GByteArray *pdf)
{
  GArray *figures = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *start = (const char *) pdf->data;

  for (const char *p = find_in (pdf, "/S /Figure", start); p != NULL;
       p = find_in (pdf, "/S /Figure", p + 1))
    {
      const char *q = p;
      gint64 number;

      /* Back to the start of the line "N 0 obj" that opens the object. */
      while (q > start && !(q[0] == 'o' && strncmp (q, "obj\n", 4) == 0))
        q--;
      while (q > start && q[-1] != '\n')
        q--;
      number = g_ascii_strtoll (q, NULL, 10);
      if (number <= 0)
        {
          g_array_set_size (figures, 0);
          break;
        }
      g_array_append_val (figures, number);
    }
  return figures;
}

/* A PDF text string for text: UTF-16BE with its byte-order mark, in hexadecimal, without
 * the marks that isolate texts from files on the page (a reader would spell them out). */
static void
append_text_string (GString    *out,
                    const char *text)
{
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (text, -1, NULL, NULL, NULL);

  g_string_append (out, "<FEFF");
  for (gunichar2 *u = utf16; u != NULL && *u != 0; u++)
    if (*u < 0x2066 || *u > 0x2069)
      g_string_append_printf (out, "%04X", (guint) *u);
  g_string_append_c (out, '>');
}

/* Writes object number again into update, with extra before its dictionary's end, and its
 * entry into xref; base is the update's offset in the file. */
static gboolean
append_object_with (GByteArray *pdf,
                    gint64      number,
                    const char *extra,
                    guint       base,
                    GString    *update,
                    GString    *xref)
{
  g_autofree char *header = g_strdup_printf ("\n%" G_GINT64_FORMAT " 0 obj\n", number);
  const char *obj = find_in (pdf, header, (const char *) pdf->data);
  const char *end = obj != NULL ? find_in (pdf, "endobj", obj) : NULL;
  const char *close = NULL;

  if (end == NULL)
    return FALSE;
  for (const char *q = obj; q + 1 < end; q++)
    if (q[0] == '>' && q[1] == '>')
      close = q;
  if (close == NULL)
    return FALSE;
  g_string_append_printf (xref, "%" G_GINT64_FORMAT " 1\n%010u 00000 n \n", number,
                          base + (guint) update->len);
  g_string_append_len (update, obj + 1, close - (obj + 1));
  g_string_append_printf (update, "   %s\n", extra);
  g_string_append_len (update, close, end - close);
  g_string_append (update, "endobj\n");
  return TRUE;
}

/* The link annotations of page pi's lines of contents, as new objects from *next; their
 * references in annots. */
static void
append_links (LivcReport *self,
              guint       pi,
              GArray     *kids,
              guint       base,
              gint64     *next,
              GString    *annots,
              GString    *update,
              GString    *xref)
{
  GPtrArray *placed = g_ptr_array_index (self->layout->pages, pi);

  for (guint k = 0; k < placed->len; k++)
    {
      LivcPlaced *pl = g_ptr_array_index (placed, k);
      char n[5][G_ASCII_DTOSTR_BUF_SIZE];
      LivcEntry *entry;

      if (pl->block->kind != LIVC_BLOCK_TOC)
        continue;
      entry = &g_array_index (self->layout->entries, LivcEntry, pl->start[0]);
      if (entry->page == 0 || entry->page > kids->len)
        continue;
      g_string_append_printf (xref, "%" G_GINT64_FORMAT " 1\n%010u 00000 n \n", *next,
                              base + (guint) update->len);
      /* PDF numbers take '.' whatever the locale: printf's %f would write "56,00" under a
       * decimal-comma locale, and readers drop the link. */
      g_string_append_printf (update,
                              "%" G_GINT64_FORMAT " 0 obj\n"
                              "<< /Type /Annot /Subtype /Link /Border [ 0 0 0 ]\n"
                              "   /Rect [ %s %s %s %s ]\n"
                              "   /Dest [ %" G_GINT64_FORMAT " 0 R /XYZ 0 %s 0 ]\n>>\nendobj\n",
                              *next, g_ascii_formatd (n[0], sizeof n[0], "%.2f", MARGIN_X),
                              g_ascii_formatd (n[1], sizeof n[1], "%.2f",
                                               LIVC_REPORT_PAGE_HEIGHT - pl->y - pl->height),
                              g_ascii_formatd (n[2], sizeof n[2], "%.2f", MARGIN_X + CONTENT_W),
                              g_ascii_formatd (n[3], sizeof n[3], "%.2f",
                                               LIVC_REPORT_PAGE_HEIGHT - pl->y),
                              g_array_index (kids, gint64, entry->page - 1),
                              g_ascii_formatd (n[4], sizeof n[4], "%.2f",
                                               LIVC_REPORT_PAGE_HEIGHT - entry->y + 12));
      g_string_append_printf (annots, " %" G_GINT64_FORMAT " 0 R", *next);
      (*next)++;
    }
}

/* The figures' texts, in the order they are drawn: the logo on the cover, then the
 * charts. */
static GPtrArray *
chart_alts (LivcReport *self)
{
  GPtrArray *alts = g_ptr_array_new_with_free_func (g_free);

  if (self->logo != NULL)
    g_ptr_array_add (alts, g_strdup_printf ("Logo — %s", self->author));

  for (guint pi = 0; pi < self->layout->pages->len; pi++)
    {
      GPtrArray *placed = g_ptr_array_index (self->layout->pages, pi);

      for (guint k = 0; k < placed->len; k++)
        {
          LivcPlaced *pl = g_ptr_array_index (placed, k);

          if (pl->block->kind == LIVC_BLOCK_CHART)
            g_ptr_array_add (alts, g_strdup (pl->block->alt != NULL ? pl->block->alt : ""));
        }
    }
  return alts;
}

/* The document's language as BCP 47 for /Lang: the report's first language, as spoken in
 * Belgium. */
static const char *
document_lang (LivcReport *self)
{
  if (g_strcmp0 (self->langs[0], "nl") == 0)
    return "nl-BE";
  if (g_strcmp0 (self->langs[0], "fr") == 0)
    return "fr-BE";
  return "en";
}

static void
post_process (LivcReport *self,
              GByteArray *pdf)
{
  g_autoptr(GArray) kids = NULL;
  g_autoptr(GArray) figures = NULL;
  g_autoptr(GPtrArray) alts = NULL;
  g_autoptr(GString) update = g_string_new ("\n");
  g_autoptr(GString) xref = g_string_new ("xref\n");
  g_autoptr(GString) catalog = g_string_new (NULL);
  g_autofree char *trailer = NULL;
  const char *t, *t_end, *start;
  gint64 size, root, info, prev, next;
  guint base;

  g_byte_array_append (pdf, (const guint8 *) "", 1); /* a NUL, so that strstr stops */
  base = pdf->len - 1;                                 /* where the update will begin */
  t = rfind_in (pdf, "trailer");
  start = rfind_in (pdf, "startxref");
  t_end = t != NULL ? find_in (pdf, ">>", t) : NULL;
  if (t_end == NULL || start == NULL)
    goto out;
  trailer = g_strndup (t, (gsize) (t_end - t));
  size = number_after (trailer, "/Size ");
  root = number_after (trailer, "/Root ");
  info = number_after (trailer, "/Info ");
  prev = number_after (start, "startxref");
  kids = page_objects (pdf);
  if (size <= 0 || root <= 0 || prev <= 0 || kids->len != self->layout->pages->len)
    goto out;

  g_string_append_printf (catalog, "/Lang (%s) /ViewerPreferences << /DisplayDocTitle true >>",
                          document_lang (self));
  if (self->layout->entries->len > 0)
    g_string_append (catalog, " /PageMode /UseOutlines");
  if (!append_object_with (pdf, root, catalog->str, base, update, xref))
    goto out;

  figures = figure_objects (pdf);
  alts = chart_alts (self);
  for (guint f = 0; figures->len == alts->len && f < figures->len; f++)
    {
      g_autoptr(GString) alt = g_string_new ("/Alt ");

      append_text_string (alt, g_ptr_array_index (alts, f));
      if (!append_object_with (pdf, g_array_index (figures, gint64, f), alt->str, base, update,
                               xref))
        goto out;
    }

  next = size;
  for (guint pi = 0; pi < self->layout->pages->len; pi++)
    {
      g_autoptr(GString) annots = g_string_new ("/Annots [");
      gsize empty = annots->len;

      append_links (self, pi, kids, base, &next, annots, update, xref);
      if (annots->len == empty)
        continue;
      g_string_append (annots, " ]");
      if (!append_object_with (pdf, g_array_index (kids, gint64, pi), annots->str, base,
                               update, xref))
        goto out;
    }

  g_string_append_printf (xref,
                          "trailer\n<< /Size %" G_GINT64_FORMAT "\n"
                          "   /Root %" G_GINT64_FORMAT " 0 R\n",
                          next, root);
  if (info > 0)
    g_string_append_printf (xref, "   /Info %" G_GINT64_FORMAT " 0 R\n", info);
  g_string_append_printf (xref, "   /Prev %" G_GINT64_FORMAT "\n>>\nstartxref\n%u\n%%%%EOF\n",
                          prev, base + (guint) update->len);
  g_byte_array_set_size (pdf, base);
  g_byte_array_append (pdf, (const guint8 *) update->str, update->len);
  g_byte_array_append (pdf, (const guint8 *) xref->str, xref->len);
  return;

out:
  g_byte_array_set_size (pdf, base);
}

/* text without the marks that isolate texts from files on the page: a bookmark is a line
 * of its own, and some readers show the marks as boxes. */
static char *
without_isolates (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x2066 || c > 0x2069)
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* Writes the PDF to memory first, then replaces the file atomically. */
gboolean
livc_report_write_pdf (LivcReport  *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  g_autofree char *date = NULL;
  g_autofree char *keywords = NULL;
  int *ids;

  g_return_val_if_fail (LIVC_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Never a report that silently prints less than its texts. */
  if (self->layout->incomplete)
    {
      g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED,
                   _("cannot write “%s”: a text of the report could not be laid out whole"), path);
      return FALSE;
    }
  surface = cairo_pdf_surface_create_for_stream (_livc_report_append_to_array, buffer,
                                                 LIVC_REPORT_PAGE_WIDTH, LIVC_REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  livc_report_text (self->comparison ? "compare-title"
                                                                     : "report-title",
                                                    self->langs[0]));
  keywords = g_strdup_printf ("%s, %s", livc_report_text ("keywords", self->langs[0]),
                              self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "LIVC Scan " PACKAGE_VERSION);
  if (livc_date_is_valid (self->date))
    {
      date = g_strdup_printf ("%sT00:00:00", self->date);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }

  ids = g_new0 (int, self->layout->entries->len + 1);
  for (guint e = 0; e < self->layout->entries->len; e++)
    {
      LivcEntry *entry = &g_array_index (self->layout->entries, LivcEntry, e);
      g_autofree char *link = g_strdup_printf ("dest='%s'", entry->anchor);
      g_autofree char *title = without_isolates (entry->title);
      int parent = CAIRO_PDF_OUTLINE_ROOT;

      /* A level-2 entry hangs under the last level-1 entry before it. */
      for (guint k = e; entry->level > 1 && k > 0; k--)
        if (g_array_index (self->layout->entries, LivcEntry, k - 1).level == 1)
          {
            parent = ids[k - 1];
            break;
          }
      ids[e] = cairo_pdf_surface_add_outline (surface, parent, title, link,
                                              CAIRO_PDF_OUTLINE_FLAG_OPEN);
    }
  g_free (ids);

  cr = cairo_create (surface);
  cairo_tag_begin (cr, "Document", NULL);
  for (guint p = 0; p < self->layout->pages->len; p++)
    {
      livc_report_draw_page (self, cr, p);
      cairo_show_page (cr);
    }
  cairo_tag_end (cr, "Document");
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED,
                   _("cannot write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  post_process (self, buffer);
  return livc_write_file_atomically (path, buffer->data, buffer->len, error);
}

