/* livc-report-compare.c: the comparison report of several assessments: the overlaid radar
 * (or the highlighted one against its peers' band), the domain scores of each, and the
 * trend of every municipality assessed at several dates.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "livc-radar.h"
#include "livc-report-private.h"

LivcAssessment *
_livc_report_member_assessment (LivcReport *self,
                                guint       index)
{
  return livc_score_set_get_assessment (livc_comparison_get_scores (self->comparison, index));
}

/* Long dates, one line per report language. */
static char *
member_date (LivcReport *self,
             guint       index)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      LivcAssessment *a = _livc_report_member_assessment (self, index);
      g_autofree char *date = livc_format_date (livc_assessment_get_date (a), self->langs[c]);

      g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "", date);
    }
  return g_string_free (s, FALSE);
}

static double
score_of (LivcReport *self,
          guint       index,
          guint       domain)
{
  return livc_comparison_get_score (self->comparison, index, domain);
}

/* Assessment index stands out: it is the one against its peers' band. */
static gboolean
is_highlighted (LivcReport *self,
                guint       index)
{
  return _livc_report_uses_band (self->comparison) &&
         index == livc_comparison_get_highlight (self->comparison);
}

/* A table row of the cells (char*) in cells. */
static LivcBlock *
add_cells (LivcReport   *self,
           const double *widths,
           gboolean      header,
           GPtrArray    *cells)
{
  return _livc_report_add_row (self, widths, header, (const char * const *) cells->pdata,
                               cells->len);
}

/* "+12", "−3" or "0": a change in percentage points. */
char *
_livc_report_format_change (double change)
{
  g_autofree char *number = NULL;
  double rounded = livc_round_half_away (change, 0);

  if (isnan (change))
    return g_strdup ("—");
  number = livc_format_decimal (fabs (rounded), 0);
  if (rounded > 0)
    return g_strdup_printf ("+%s", number);
  if (rounded < 0)
    return g_strdup_printf ("\u2212%s", number);
  return g_strdup ("0");
}

/* More than the radar's series: the highlighted one against the band of the others. */
gboolean
_livc_report_uses_band (LivcComparison *comparison)
{
  return livc_comparison_get_n (comparison) > LIVC_RADAR_MAX_SERIES;
}

static void
build_compare_cover (LivcReport *self)
{
  guint n = livc_comparison_get_n (self->comparison);
  LivcQuestionnaire *q = self->questionnaire;
  LivcTrend *only = self->trends->len > 0 ? g_ptr_array_index (self->trends, 0) : NULL;
  const char *first = NULL, *last = NULL;
  g_auto(LivcStrings) lines = { { NULL } };
  g_auto(LivcStrings) dates = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < n; i++)
    {
      const char *date = livc_assessment_get_date (_livc_report_member_assessment (self, i));

      if (!livc_date_is_valid (date))
        continue;
      if (first == NULL || strcmp (date, first) < 0)
        first = date;
      if (last == NULL || strcmp (date, last) > 0)
        last = date;
    }

  _livc_report_add_space (self, 120);
  _livc_report_add_label (self, LIVC_STYLE_SUBTITLE, "compare-title");
  _livc_report_add_space (self, 10);
  if (self->trends->len == 1 && only->n == n)
    _livc_report_add_plain (self, LIVC_STYLE_TITLE, _livc_report_iso (self, only->name));
  else
    {
      for (guint c = 0; c < self->n_cols; c++)
        {
          lines.s[c] = _livc_report_fill_numbers (livc_report_text ("n-assessments",
                                                                    self->langs[c]), n, n);
          texts[c] = lines.s[c];
        }
      _livc_report_add_texts (self, LIVC_STYLE_TITLE, texts);
    }
  if (first != NULL)
    {
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autofree char *from = livc_format_date (first, self->langs[c]);
          g_autofree char *to = livc_format_date (last, self->langs[c]);

          dates.s[c] = strcmp (first, last) == 0 ? g_strdup (from)
                                                 : g_strdup_printf ("%s – %s", from, to);
          texts[c] = dates.s[c];
        }
      _livc_report_add_texts (self, LIVC_STYLE_SUBTITLE, texts);
    }
  _livc_report_add_space (self, 40);
  for (guint c = 0; c < self->n_cols; c++)
    {
      g_free (lines.s[c]);
      lines.s[c] = g_strdup_printf ("%s: %s (%s %s)",
                                    livc_report_text ("questionnaire", self->langs[c]),
                                    _livc_report_q_lookup (self, livc_questionnaire_get_title (q),
                                                           self->langs[c]),
                                    livc_report_text ("version", self->langs[c]),
                                    livc_questionnaire_get_version (q));
      texts[c] = lines.s[c];
    }
  _livc_report_add_texts (self, LIVC_STYLE_BODY, texts);
  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
  _livc_report_add_label (self, LIVC_STYLE_H1, "contents");
  _livc_report_add_block (self, LIVC_BLOCK_TOC, LIVC_STYLE_BODY);
  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
}

static const double overview_table[] = { 0.07, 0.37, 0.22, 0.12, 0.22 };

static void
build_compare_overview (LivcReport *self)
{
  guint n = livc_comparison_get_n (self->comparison);
  gboolean band = _livc_report_uses_band (self->comparison);
  LivcBlock *head, *chart;

  _livc_report_add_heading (self, LIVC_STYLE_H1, "overview", NULL, 1);
  _livc_report_add_label (self, LIVC_STYLE_MUTED,
                          band ? "overview-band-intro" : "overview-intro");
  _livc_report_add_space (self, 6);
  chart = _livc_report_add_chart (self, LIVC_CHART_COMPARE_RADAR, band ? 360 : 400, 0, 0);
  chart->alt = _livc_report_texts_joined ("compare-radar-alt",
                                          (const char * const *) self->langs, self->n_cols);
  _livc_report_add_space (self, 10);
  {
    g_autofree char *h_number = _livc_report_label_all (self, "number");
    g_autofree char *h_municipality = _livc_report_label_all (self, "municipality");
    g_autofree char *h_date = _livc_report_label_all (self, "date");
    g_autofree char *h_score = _livc_report_label_all (self, "overall");
    g_autofree char *h_stage = _livc_report_label_all (self, "stage");
    const char *header[] = { h_number, h_municipality, h_date, h_score, h_stage };
    head = _livc_report_add_row (self, overview_table, TRUE, header, 5);
  }
  for (guint i = 0; i < n; i++)
    {
      LivcScoreSet *scores = livc_comparison_get_scores (self->comparison, i);
      LivcAssessment *a = livc_score_set_get_assessment (scores);
      const LivcDomainScore *overall = livc_score_set_get_overall (scores);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *names = livc_assessment_dup_isolated_names (a, " · ");
      g_autofree char *date = member_date (self, i);
      g_autofree char *score = livc_format_percent (overall->score, self->langs[0]);
      g_autofree char *stage = _livc_report_stage_lines (self, overall->stage);
      const char *cells[] = { number, names, date, score, stage };
      LivcBlock *row = _livc_report_add_row (self, overview_table, FALSE, cells, 5);

      row->repeat = head;
      if (is_highlighted (self, i))
        row->style = LIVC_STYLE_BOLD;
    }
}

#define DOMAINS_PER_TABLE 8

/* One row of the domain table: label cells, then the overall and each domain's score. */
static LivcBlock *
add_score_row (LivcReport   *self,
               const double *widths,
               const char   *number,
               const char   *name,
               const double *values,
               guint         first,
               guint         count)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (number));
  g_ptr_array_add (cells, g_strdup (name));
  g_ptr_array_add (cells, livc_format_percent (values[0], self->langs[0]));
  for (guint d = first; d < first + count; d++)
    g_ptr_array_add (cells, livc_format_percent (values[d + 1], self->langs[0]));
  return add_cells (self, widths, FALSE, cells);
}

static void
build_compare_domains (LivcReport *self)
{
  guint n = livc_comparison_get_n (self->comparison);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  g_autofree double *values = g_new (double, n_domains + 1);
  /* The others' 25th percentile, median and 75th percentile: overall, then per domain. */
  g_autofree double *spread = g_new (double, 3 * (n_domains + 1));

  for (guint d = 0; d <= n_domains; d++)
    livc_comparison_get_peer_spread (self->comparison, d == 0 ? LIVC_COMPARISON_OVERALL : d - 1,
                                     &spread[d], &spread[(n_domains + 1) + d],
                                     &spread[2 * (n_domains + 1) + d]);

  _livc_report_add_section_break (self);
  _livc_report_add_heading (self, LIVC_STYLE_H1, "domain-scores", NULL, 1);
  _livc_report_add_label (self, LIVC_STYLE_MUTED, "domain-scores-intro")->keep_with_next = TRUE;
  for (guint d = 0; d < n_domains; d++)
    {
      LivcDomain *domain = livc_comparison_get_domain (self->comparison, d);
      LivcBlock *b = _livc_report_add_q_text (self, LIVC_STYLE_SMALL,
                                              livc_domain_get_title (domain));

      for (guint c = 0; c < self->n_cols; c++)
        {
          char *t = g_strdup_printf ("%u  %s", d + 1, b->text[c]);
          g_free (b->text[c]);
          b->text[c] = t;
        }
    }

  for (guint first = 0; first < n_domains; first += DOMAINS_PER_TABLE)
    {
      guint count = MIN (DOMAINS_PER_TABLE, n_domains - first);
      /* Widths live as long as the report: kept in a block-owned array. */
      double *widths = g_new (double, count + 3);
      g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
      LivcBlock *head;

      widths[0] = 0.06;
      widths[1] = 1.0 - 0.06 - 0.09 - 0.075 * DOMAINS_PER_TABLE;
      widths[2] = 0.09;
      for (guint k = 0; k < count; k++)
        widths[k + 3] = 0.075;
      g_ptr_array_add (header, _livc_report_label_all (self, "number"));
      g_ptr_array_add (header, _livc_report_label_all (self, "municipality"));
      g_ptr_array_add (header, _livc_report_label_all (self, "overall-short"));
      for (guint k = 0; k < count; k++)
        g_ptr_array_add (header, g_strdup_printf ("%u", first + k + 1));
      _livc_report_add_space (self, 8);
      head = add_cells (self, widths, TRUE, header);
      head->owned_widths = widths;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          LivcAssessment *a = _livc_report_member_assessment (self, i);
          g_autofree char *name = livc_assessment_dup_label (a);
          LivcBlock *row;

          values[0] = score_of (self, i, LIVC_COMPARISON_OVERALL);
          for (guint d = 0; d < n_domains; d++)
            values[d + 1] = score_of (self, i, d);
          row = add_score_row (self, widths, number, name, values, first, count);
          row->repeat = head;
          if (is_highlighted (self, i))
            row->style = LIVC_STYLE_BOLD;
        }

      if (_livc_report_uses_band (self->comparison))
        {
          static const char *ids[] = { "peers-low", "peers-median", "peers-high" };

          for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
            {
              g_autofree char *label = _livc_report_label_all (self, ids[k]);
              LivcBlock *row;

              row = add_score_row (self, widths, "", label, spread + k * (n_domains + 1),
                                   first, count);
              row->repeat = head;
              row->style = LIVC_STYLE_MUTED;
            }
        }
    }
}

#define TREND_COLUMNS 4
#define MOVES_SHOWN   5

#define TREND_DATE_WIDTH   0.145
#define TREND_CHANGE_WIDTH 0.12

/* One line per moved item: "• statement (2 → 4)". */
static void
add_moves (LivcReport *self,
           GArray     *moves,
           gboolean    improved)
{
  guint shown = 0;

  /* Under every trend: a plain heading, kept out of the contents so that they stay short. */
  _livc_report_add_label (self, LIVC_STYLE_H2, improved ? "improved" : "declined")->space = 8;
  for (guint k = 0; k < moves->len && shown < MOVES_SHOWN; k++)
    {
      LivcItemMove *move = &g_array_index (moves, LivcItemMove, improved ? k : moves->len - 1 - k);
      LivcBlock *b;

      if (improved ? move->change <= 0 : move->change >= 0)
        break;
      b = _livc_report_add_item (self, LIVC_STYLE_BODY, move->item);
      for (guint c = 0; c < self->n_cols; c++)
        {
          char *t = g_strdup_printf ("• %s (%d → %d)", b->text[c], move->before, move->after);
          g_free (b->text[c]);
          b->text[c] = t;
        }
      shown++;
    }
  if (shown == 0)
    _livc_report_add_label (self, LIVC_STYLE_BODY, improved ? "none-improved" : "none-declined");
}

static void
add_unmatched (LivcReport *self,
               GPtrArray  *items,
               const char *id)
{
  if (items->len == 0)
    return;
  _livc_report_add_label (self, LIVC_STYLE_H2, id)->space = 8;
  for (guint k = 0; k < items->len; k++)
    {
      LivcItem *item = g_ptr_array_index (items, k);
      LivcBlock *b = _livc_report_add_item (self, LIVC_STYLE_BODY, item);

      for (guint c = 0; c < self->n_cols; c++)
        {
          char *t = g_strdup_printf ("• %s", b->text[c]);
          g_free (b->text[c]);
          b->text[c] = t;
        }
    }
}

static void
build_trend (LivcReport *self,
             guint       t)
{
  LivcTrend *trend = g_ptr_array_index (self->trends, t);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  guint shown = MIN (trend->n, TREND_COLUMNS);
  guint from = trend->n - shown; /* the latest dates when there are more */
  guint oldest = trend->members[0], newest = trend->members[trend->n - 1];
  g_autoptr(GArray) moves = livc_comparison_dup_moves (self->comparison, oldest, newest);
  g_autoptr(GPtrArray) added = livc_comparison_dup_unmatched (self->comparison, oldest, newest,
                                                              TRUE);
  g_autoptr(GPtrArray) removed = livc_comparison_dup_unmatched (self->comparison, oldest, newest,
                                                                FALSE);
  g_auto(LivcStrings) titles = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };
  double *widths = g_new (double, shown + 2);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  LivcBlock *head;

  _livc_report_add_section_break (self);
  for (guint c = 0; c < self->n_cols; c++)
    {
      titles.s[c] = g_strdup_printf ("%s — %s", livc_report_text ("trend", self->langs[c]),
                                     _livc_report_iso (self, trend->name));
      texts[c] = titles.s[c];
    }
  _livc_report_add_heading_texts (self, LIVC_STYLE_H1, texts, 1);
  _livc_report_add_label (self, LIVC_STYLE_MUTED, "trend-intro")->keep_with_next = TRUE;

  widths[0] = 1.0 - TREND_CHANGE_WIDTH - TREND_DATE_WIDTH * shown;
  for (guint k = 0; k < shown; k++)
    widths[k + 1] = TREND_DATE_WIDTH;
  widths[shown + 1] = TREND_CHANGE_WIDTH;
  g_ptr_array_add (header, _livc_report_label_all (self, "domain"));
  for (guint k = from; k < trend->n; k++)
    {
      LivcAssessment *a = _livc_report_member_assessment (self, trend->members[k]);

      g_ptr_array_add (header, livc_assessment_dup_short_date (a));
    }
  g_ptr_array_add (header, _livc_report_label_all (self, "change"));
  _livc_report_add_space (self, 6);
  head = add_cells (self, widths, TRUE, header);
  head->owned_widths = widths;
  for (guint d = 0; d <= n_domains; d++)
    {
      guint domain = d < n_domains ? d : LIVC_COMPARISON_OVERALL;
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      GString *title = g_string_new (NULL);
      LivcDomain *domain_d = d < n_domains ? livc_comparison_get_domain (self->comparison, d)
                                           : NULL;
      LivcBlock *row;

      for (guint c = 0; c < self->n_cols; c++)
        g_string_append_printf (title, "%s%s", c > 0 ? "\n" : "",
                                domain == LIVC_COMPARISON_OVERALL
                                  ? livc_report_text ("overall", self->langs[c])
                                  : livc_questionnaire_lookup (self->questionnaire,
                                                               livc_domain_get_title (domain_d),
                                                               self->langs[c]));
      g_ptr_array_add (cells, g_string_free (title, FALSE));
      for (guint k = from; k < trend->n; k++)
        g_ptr_array_add (cells, livc_format_percent (score_of (self, trend->members[k], domain),
                                                     self->langs[0]));
      g_ptr_array_add (cells, _livc_report_format_change (score_of (self, newest, domain) -
                                                          score_of (self, oldest, domain)));
      row = add_cells (self, widths, FALSE, cells);
      row->repeat = head;
      if (domain == LIVC_COMPARISON_OVERALL)
        row->style = LIVC_STYLE_BOLD;
    }

  _livc_report_add_space (self, 12);
  for (guint d = 0; d < n_domains; d += 2)
    {
      LivcBlock *chart = _livc_report_add_chart (self, LIVC_CHART_TREND, 128, t, d);
      GString *alt = g_string_new (NULL);

      for (guint c = 0; c < self->n_cols; c++)
        {
          g_string_append_printf (alt, "%s%s", c > 0 ? " / " : "",
                                  livc_report_text ("trend-alt", self->langs[c]));
          for (guint k = d; k < d + 2 && k < n_domains; k++)
            g_string_append_printf (alt, "%s %s", k > d ? " ·" : "",
                                    livc_questionnaire_lookup (
                                      self->questionnaire,
                                      livc_domain_get_title (
                                        livc_comparison_get_domain (self->comparison, k)),
                                      self->langs[c]));
          g_string_append (alt, ".");
        }
      chart->alt = g_string_free (alt, FALSE);
    }

  add_moves (self, moves, TRUE);
  add_moves (self, moves, FALSE);
  add_unmatched (self, added, "items-added");
  add_unmatched (self, removed, "items-removed");
}

static void
build_compare_annex (LivcReport *self)
{
  static const char *paragraphs[] = { "annex-1", "annex-3", "compare-annex-1", "compare-annex-2",
                                      "compare-annex-3", NULL };

  _livc_report_add_annex (self, "compare-annex", paragraphs);
}

/* The comparison report of several assessments: overlaid radar (or the highlighted one
 * against its peers' band beyond eight), domain scores per assessment, and the trend of
 * every municipality that appears at several dates. */
LivcReport *
livc_report_new_comparison (LivcComparison *comparison,
                            const char     *lang)
{
  LivcReport *self;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) author = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (LIVC_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (livc_comparison_get_n (comparison) > 0, NULL);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), NULL);

  self = g_object_new (LIVC_TYPE_REPORT, NULL);
  self->comparison = g_object_ref (comparison);
  self->questionnaire = g_object_ref (livc_comparison_get_questionnaire (comparison));
  self->trends = livc_comparison_dup_trends (comparison);
  _livc_report_set_lang (self, lang);
  self->running = _livc_report_label_all (self, "compare-title");
  self->title = g_strdup (self->running);

  n = livc_comparison_get_n (comparison);
  for (guint i = 0; i < n; i++)
    {
      LivcAssessment *a = _livc_report_member_assessment (self, i);
      char *names = livc_assessment_dup_municipality_names (a, ", ");
      const char *date = livc_assessment_get_date (a);

      if (livc_date_is_valid (date) && (self->date == NULL || strcmp (date, self->date) > 0))
        {
          g_free (self->date);
          self->date = g_strdup (date);
        }
      if (!g_hash_table_add (seen, names))
        continue;
      if (g_hash_table_size (seen) > 12)
        {
          g_string_append (author, ", …");
          break;
        }
      g_string_append_printf (author, "%s%s", author->len > 0 ? ", " : "", names);
    }
  self->author = g_string_free (g_steal_pointer (&author), FALSE);

  build_compare_cover (self);
  build_compare_overview (self);
  build_compare_domains (self);
  for (guint t = 0; t < self->trends->len; t++)
    build_trend (self, t);
  build_compare_annex (self);
  livc_layout_paginate (self->layout);
  return self;
}

