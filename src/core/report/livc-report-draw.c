/* livc-report-draw.c: a report's pages drawn on demand into any cairo_t (print, PDF,
 * preview: the same pixels), and the radar alone, for the app and as a PNG.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "livc-radar.h"
#include "livc-report-private.h"
#include "livc-trend.h"
#include "livc-writer.h"

#define MAX_ONE_LINE 1000 /* characters of a text ellipsized on one line that are laid out */

cairo_status_t
_livc_report_append_to_array (void                *closure,
                              const unsigned char *data,
                              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
show_layout (LivcReport  *self,
             cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  livc_text_update_context (pango_layout_get_context (layout), cr);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_text (LivcReport *self,
           cairo_t    *cr,
           LivcPlaced *p)
{
  LivcBlock *b = p->block;
  guint cols = b->text[1] != NULL ? self->n_cols : 1;
  double w = cols == 1 ? CONTENT_W - b->indent : livc_layout_column_width (self->layout);
  const char *heading = b->style == LIVC_STYLE_H1 ? "H1" : b->style == LIVC_STYLE_H2 ? "H2" : NULL;

  if (b->anchor != NULL && p->start[0] == 0)
    {
      g_autofree char *attrs = g_strdup_printf ("name='%s'", b->anchor);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }
  /* A heading is one structure element in every language; a paragraph one per column. */
  if (heading != NULL)
    cairo_tag_begin (cr, heading, NULL);
  for (guint c = 0; c < cols; c++)
    {
      if (heading == NULL)
        cairo_tag_begin (cr, "P", NULL);
      /* Both languages of a bilingual report in the same colour: neither is secondary. */
      if (b->style == LIVC_STYLE_MUTED)
        cairo_set_source_rgb (cr, 0.30, 0.30, 0.33);
      else if (b->style == LIVC_STYLE_H1 || b->style == LIVC_STYLE_TITLE ||
               b->style == LIVC_STYLE_BIG)
        cairo_set_source_rgb (cr, 0.0, 0.27, 0.47);
      else
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      livc_text_flow_draw (b->flow[c], cr, self->layout->context,
                           MARGIN_X + b->indent + c * (w + GUTTER),
                           p->y, (guint) p->start[c], (guint) p->end[c]);
      if (heading == NULL)
        cairo_tag_end (cr, "P");
    }
  if (heading != NULL)
    cairo_tag_end (cr, heading);
  if (b->style == LIVC_STYLE_H1 && p->start[0] == 0)
    {
      cairo_set_source_rgb (cr, 0.0, 0.27, 0.47);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, MARGIN_X, p->y + p->height + 2);
      cairo_line_to (cr, MARGIN_X + CONTENT_W, p->y + p->height + 2);
      cairo_stroke (cr);
    }
}

static void
draw_row (LivcReport *self,
          cairo_t    *cr,
          LivcPlaced *p)
{
  LivcBlock *b = p->block;
  double x = MARGIN_X;

  if (b->header)
    {
      cairo_set_source_rgb (cr, 0.90, 0.93, 0.96);
      cairo_rectangle (cr, MARGIN_X, p->y, CONTENT_W, p->height);
      cairo_fill (cr);
    }
  cairo_tag_begin (cr, "TR", NULL);
  for (guint i = 0; i < b->cells->len; i++)
    {
      LivcTextFlow *flow = g_ptr_array_index (b->cell_flows, i);

      cairo_tag_begin (cr, b->header ? "TH" : "TD", NULL);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      livc_text_flow_draw (flow, cr, self->layout->context, x + 3, p->y + 3,
                           p->cell_start != NULL ? p->cell_start[i] : 0,
                           p->cell_end != NULL ? p->cell_end[i]
                                               : livc_text_flow_get_n_lines (flow));
      cairo_tag_end (cr, b->header ? "TH" : "TD");
      x += b->widths[i] * CONTENT_W;
    }
  cairo_tag_end (cr, "TR");
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.82);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_X, p->y + p->height);
  cairo_line_to (cr, MARGIN_X + CONTENT_W, p->y + p->height);
  cairo_stroke (cr);
}

/* Radar axis labels: each domain's number, then its title in each of langs, one line per
 * language. */
static GPtrArray *
radar_labels (LivcQuestionnaire  *q,
              const char * const *langs,
              guint               n_langs)
{
  GListModel *domains = livc_questionnaire_get_domains (q);
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GString *label = g_string_new (NULL);

      /* Numbered as the domain's items are ("2" for items 2.1, 2.2…), once. */
      g_string_append_printf (label, "%u ", d + 1);
      for (guint c = 0; c < n_langs; c++)
        {
          const char *text = livc_questionnaire_lookup (q, livc_domain_get_title (domain),
                                                        langs[c]);
          g_autofree char *title = livc_text_isolate (text);
          g_string_append_printf (label, "%s%s", c > 0 ? "\n" : "", title);
        }
      g_ptr_array_add (labels, g_string_free (label, FALSE));
    }
  return labels;
}

/* The rings' stage names, in the order of livc_radar_stage_rings (): each stage that begins
 * above 0, one line per language, then none for the ring at 100. */
static GPtrArray *
ring_labels (LivcQuestionnaire  *q,
             const char * const *langs,
             guint               n_langs)
{
  GListModel *stages = livc_questionnaire_get_stages (q);
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);
      GString *label;

      if (livc_stage_get_min (stage) <= 0)
        continue;
      label = g_string_new (NULL);
      for (guint c = 0; c < n_langs; c++)
        g_string_append_printf (label, "%s%s", c > 0 ? "\n" : "",
                                livc_questionnaire_lookup (q, livc_stage_get_label (stage),
                                                           langs[c]));
      g_ptr_array_add (labels, g_string_free (label, FALSE));
    }
  g_ptr_array_add (labels, NULL);
  return labels;
}

/* Draws data, whose series are set, with what every radar of the report has: n_axes
 * axes named by the domains' titles in each of langs, the questionnaire's stage rings and
 * the report's font, the rings named by their stages. */
static void
draw_radar (LivcQuestionnaire  *q,
            const char * const *langs,
            guint               n_langs,
            guint               n_axes,
            LivcRadarData      *data,
            cairo_t            *cr,
            double              width,
            double              height)
{
  g_autoptr(GPtrArray) labels = radar_labels (q, langs, n_langs);
  g_autoptr(GPtrArray) stages = ring_labels (q, langs, n_langs);
  g_autofree double *rings = livc_radar_stage_rings (q, &data->n_rings);

  data->n_axes = n_axes;
  data->labels = (const char * const *) labels->pdata;
  data->rings = rings;
  data->ring_labels = stages->len == data->n_rings ? (const char * const *) stages->pdata : NULL;
  data->font_family = FONT;
  livc_radar_draw (cr, data, width, height);
}

/* The radar of one score set, labels in each of langs. Shared by the report page and the
 * PNG export. */
static void
draw_scores_radar (LivcScoreSet       *scores,
                   const char * const *langs,
                   guint               n_langs,
                   gboolean            dark,
                   cairo_t            *cr,
                   double              width,
                   double              height)
{
  LivcQuestionnaire *q = livc_score_set_get_questionnaire (scores);
  LivcAssessment *a = livc_score_set_get_assessment (scores);
  guint n = livc_score_set_get_n_domains (scores);
  g_autofree double *values = g_new (double, n);
  g_autofree char *name = livc_assessment_dup_isolated_names (a, " · ");
  LivcRadarSeries series = { name, values, FALSE };
  LivcRadarData data = { 0 };

  for (guint d = 0; d < n; d++)
    values[d] = livc_score_set_get_domain (scores, d)->score;
  data.n_series = 1;
  data.series = &series;
  data.dark = dark;
  draw_radar (q, langs, n_langs, n, &data, cr, width, height);
}

/* Up to eight assessments overlaid; beyond, the highlighted one against the 25th–75th
 * percentile band and the median of the others. */
static void
draw_comparison_radar (LivcComparison     *comparison,
                       const char * const *langs,
                       guint               n_langs,
                       cairo_t            *cr,
                       double              width,
                       double              height)
{
  LivcQuestionnaire *q = livc_comparison_get_questionnaire (comparison);
  guint n = livc_comparison_get_n (comparison);
  guint n_axes = livc_comparison_get_n_domains (comparison);
  gboolean band = _livc_report_uses_band (comparison);
  guint n_series = band ? 1 : n;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, n_series * n_axes + 1);
  g_autofree double *spread = g_new (double, 3 * n_axes + 1);
  g_autofree char *band_name = NULL;
  g_autofree char *median_name = NULL;
  LivcRadarSeries series[LIVC_RADAR_MAX_SERIES] = { { 0 } };
  LivcRadarData data = { 0 };

  for (guint k = 0; k < n_series; k++)
    {
      guint index = band ? livc_comparison_get_highlight (comparison) : k;

      LivcScoreSet *scores = livc_comparison_get_scores (comparison, index);

      g_ptr_array_add (names,
                       livc_assessment_dup_label (livc_score_set_get_assessment (scores)));
      for (guint d = 0; d < n_axes; d++)
        values[k * n_axes + d] = livc_comparison_get_score (comparison, index, d);
      series[k].name = g_ptr_array_index (names, k);
      series[k].values = values + k * n_axes;
      series[k].highlight = band;
    }
  if (band)
    {
      for (guint d = 0; d < n_axes; d++)
        livc_comparison_get_peer_spread (comparison, d, &spread[d], &spread[n_axes + d],
                                         &spread[2 * n_axes + d]);
      band_name = _livc_report_texts_joined ("band-legend", langs, n_langs);
      median_name = _livc_report_texts_joined ("median-legend", langs, n_langs);
      data.band_low = spread;
      data.median = spread + n_axes;
      data.band_high = spread + 2 * n_axes;
      data.band_name = band_name;
      data.median_name = median_name;
    }
  data.n_series = n_series;
  data.series = series;
  draw_radar (q, langs, n_langs, n_axes, &data, cr, width, height);
}

/* Two trend charts side by side: domains arg2 and arg2 + 1 of trend arg. */
static void
draw_trends (LivcReport *self,
             cairo_t    *cr,
             LivcPlaced *p)
{
  LivcTrend *trend = g_ptr_array_index (self->trends, p->block->arg);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  double cell = (CONTENT_W - 2 * GUTTER) / 2;
  g_autoptr(GPtrArray) x_labels = livc_comparison_dup_trend_labels (self->comparison, trend);
  g_autoptr(GPtrArray) value_labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, trend->n);
  g_autofree double *rings = NULL;
  LivcTrendData data = { 0 };

  rings = livc_radar_stage_rings (self->questionnaire, &data.n_rings);
  data.rings = rings;
  data.n_points = trend->n;
  data.x_labels = (const char * const *) x_labels->pdata;
  data.values = values;
  data.font_family = FONT;

  for (guint k = 0; k < 2 && p->block->arg2 + k < n_domains; k++)
    {
      guint d = p->block->arg2 + k;
      GString *title = g_string_new (NULL);

      g_ptr_array_set_size (value_labels, 0);
      for (guint i = 0; i < trend->n; i++)
        {
          values[i] = livc_comparison_get_score (self->comparison, trend->members[i], d);
          g_ptr_array_add (value_labels, livc_format_percent (values[i], self->langs[0]));
        }
      for (guint c = 0; c < self->n_cols; c++)
        {
          LivcDomain *dom = livc_comparison_get_domain (self->comparison, d);
          g_autofree char *domain = livc_text_isolate (
            livc_questionnaire_lookup (self->questionnaire, livc_domain_get_title (dom),
                                       self->langs[c]));
          g_string_append_printf (title, "%s%s", c > 0 ? " / " : "", domain);
        }
      data.title = title->str;
      data.value_labels = (const char * const *) value_labels->pdata;
      cairo_save (cr);
      cairo_translate (cr, MARGIN_X + k * (cell + 2 * GUTTER), p->y);
      livc_trend_draw (cr, &data, cell, p->height - 10);
      cairo_restore (cr);
      g_string_free (title, TRUE);
    }
}

static void
draw_one_chart (LivcReport *self,
                cairo_t    *cr,
                LivcPlaced *p)
{
  const char * const *langs = (const char * const *) self->langs;
  cairo_save (cr);
  cairo_translate (cr, MARGIN_X, p->y);
  if (p->block->chart == LIVC_CHART_COMPARE_RADAR)
    draw_comparison_radar (self->comparison, langs, self->n_cols, cr, CONTENT_W, p->height);
  else
    draw_scores_radar (self->scores, langs, self->n_cols, FALSE, cr, CONTENT_W, p->height);
  cairo_restore (cr);
}

static void
draw_chart (LivcReport *self,
            cairo_t    *cr,
            LivcPlaced *p)
{
  /* cairo 1.16 drops a structure element's attributes: the figure's /Alt, its text, is
   * added afterwards (livc-report-pdf.c). */
  cairo_tag_begin (cr, "Figure", NULL);
  if (p->block->chart == LIVC_CHART_TREND)
    draw_trends (self, cr, p);
  else
    draw_one_chart (self, cr, p);
  cairo_tag_end (cr, "Figure");
}

/* A text drawn on one line and ellipsized, as the running header and the contents draw a
 * heading or a name printed whole elsewhere: only its start can show, so only its start
 * is laid out (ellipsizing a 100 KB title took seconds), its controls closed again. */
static char *
one_line_text (const char *text)
{
  const char *end = text;
  g_autofree char *start = NULL;
  g_autofree char *isolated = NULL;

  for (guint n = 0; *end != '\0' && n < MAX_ONE_LINE; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  start = g_strndup (text, end - text);
  isolated = livc_text_isolate (start);
  return g_strconcat (isolated, "…", NULL);
}

/* One line of the contents: the entry placed at p. */
static void
draw_toc (LivcReport *self,
          cairo_t    *cr,
          LivcPlaced *p)
{
  LivcEntry *entry = &g_array_index (self->layout->entries, LivcEntry, p->start[0]);
  g_autofree char *number = g_strdup_printf ("%u", entry->page);
  double indent = entry->level > 1 ? 18 : 0;
  LivcStyle style = entry->level > 1 ? LIVC_STYLE_BODY : LIVC_STYLE_BOLD;
  g_autoptr(PangoLayout) page = livc_layout_new_text (self->layout, LIVC_STYLE_BODY, number,
                                                      -1, 40);

  pango_layout_set_alignment (page, PANGO_ALIGN_RIGHT);
  cairo_tag_begin (cr, "TOCI", NULL);
  /* The line's link to its heading is added to the PDF afterwards: add_contents_links (). */
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *text = one_line_text (self->n_cols > 1 && entry->parts[c] != NULL
                                               ? entry->parts[c] : entry->title);
      g_autoptr(PangoLayout) title = livc_layout_new_text (self->layout, style, text, -1,
                                                           CONTENT_W - 60 - indent);

      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      show_layout (self, cr, title, MARGIN_X + indent, p->y + 4 + c * TOC_SECOND);
    }
  show_layout (self, cr, page, MARGIN_X + CONTENT_W - 40, p->y + 4);
  cairo_tag_end (cr, "TOCI");
}

void
livc_report_draw_page (LivcReport *self,
                       cairo_t    *cr,
                       guint       page)
{
  GPtrArray *placed;
  const char *open = NULL; /* the group of structure elements open: "Table", "TOC" */

  g_return_if_fail (LIVC_IS_REPORT (self));
  g_return_if_fail (page < self->layout->pages->len);

  placed = g_ptr_array_index (self->layout->pages, page);
  cairo_save (cr);
  if (page > 0)
    {
      /* Running header and page number, on every page but the cover. */
      g_autofree char *template = _livc_report_label_all (self, "page");
      g_autofree char *number = _livc_report_fill_numbers (template, page + 1,
                                                           self->layout->pages->len);
      g_autofree char *running = one_line_text (self->running);
      g_autoptr(PangoLayout) head = livc_layout_new_text (self->layout, LIVC_STYLE_MUTED,
                                                          running, -1, CONTENT_W);
      g_autoptr(PangoLayout) foot = livc_layout_new_text (self->layout, LIVC_STYLE_MUTED,
                                                          number, -1, CONTENT_W);

      pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (foot, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
      show_layout (self, cr, head, MARGIN_X, 30);
      show_layout (self, cr, foot, MARGIN_X, LIVC_REPORT_PAGE_HEIGHT - 40);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, MARGIN_X, 46);
      cairo_line_to (cr, MARGIN_X + CONTENT_W, 46);
      cairo_stroke (cr);
    }
  else
    _livc_report_draw_logo (self, cr);
  for (guint i = 0; i < placed->len; i++)
    {
      LivcPlaced *p = g_ptr_array_index (placed, i);
      const char *group = p->block->kind == LIVC_BLOCK_ROW ? "Table"
                          : p->block->kind == LIVC_BLOCK_TOC ? "TOC" : NULL;

      /* Rows in a row make a table, lines of the contents a TOC; a group is closed at the
       * end of its page and opened again on the next, as the page's own element. */
      if (g_strcmp0 (open, group) != 0)
        {
          if (open != NULL)
            cairo_tag_end (cr, open);
          if (group != NULL)
            cairo_tag_begin (cr, group, NULL);
          open = group;
        }
      switch (p->block->kind)
        {
        case LIVC_BLOCK_TEXT:
          draw_text (self, cr, p);
          break;
        case LIVC_BLOCK_ROW:
          draw_row (self, cr, p);
          break;
        case LIVC_BLOCK_CHART:
          draw_chart (self, cr, p);
          break;
        case LIVC_BLOCK_TOC:
          draw_toc (self, cr, p);
          break;
        case LIVC_BLOCK_SPACE:
        case LIVC_BLOCK_BREAK:
        default:
          break;
        }
    }
  if (open != NULL)
    cairo_tag_end (cr, open);
  cairo_restore (cr);
}

/* The radar of an assessment, or of a comparison, as an 800×800 PNG for slides; lang may
 * be "nl+fr". */
static gboolean
write_radar_png (LivcScoreSet    *scores,
                 LivcComparison  *comparison,
                 const char      *lang,
                 const char      *path,
                 GError         **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  const char *langs[MAX_COLS] = { lang, NULL };
  guint n_langs = 1;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (g_strcmp0 (lang, "nl+fr") == 0)
    {
      langs[0] = "nl";
      langs[1] = "fr";
      n_langs = 2;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 800);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (comparison != NULL)
    draw_comparison_radar (comparison, langs, n_langs, cr, 800, 800);
  else
    draw_scores_radar (scores, langs, n_langs, FALSE, cr, 800, 800);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, _livc_report_append_to_array, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED,
                   _("cannot write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return livc_write_file_atomically (path, png->data, png->len, error);
}

gboolean
livc_report_write_radar_png (LivcScoreSet  *scores,
                             const char    *lang,
                             const char    *path,
                             GError       **error)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (scores), FALSE);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), FALSE);
  return write_radar_png (scores, NULL, lang, path, error);
}

/* The radar of one assessment as the app shows it, into any cairo_t; lang may be "nl+fr".
 * The background is left to the caller. */
void
livc_report_draw_radar (LivcScoreSet *scores,
                        const char   *lang,
                        gboolean      dark,
                        cairo_t      *cr,
                        double        width,
                        double        height)
{
  const char *langs[2] = { lang, NULL };
  guint n_langs = 1;

  g_return_if_fail (LIVC_IS_SCORE_SET (scores));
  g_return_if_fail (livc_report_lang_is_valid (lang));

  if (g_strcmp0 (lang, "nl+fr") == 0)
    {
      langs[0] = "nl";
      langs[1] = "fr";
      n_langs = 2;
    }
  draw_scores_radar (scores, langs, n_langs, dark, cr, width, height);
}

gboolean
livc_report_write_comparison_png (LivcComparison  *comparison,
                                  const char      *lang,
                                  const char      *path,
                                  GError         **error)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (livc_comparison_get_n (comparison) > 0, FALSE);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), FALSE);
  return write_radar_png (NULL, comparison, lang, path, error);
}

