/* livc-report.c: the report of one assessment (LivcReport, the class both kinds of report
 * are): cover and contents, summary, one section per domain with its items, the
 * recommendations, the action plan and the annex, built once as blocks and laid out into
 * A4 pages. In "nl+fr" every text stands in two columns.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "livc-report-private.h"

G_DEFINE_FINAL_TYPE (LivcReport, livc_report, G_TYPE_OBJECT)

static char *
rating_text (LivcReport *self,
             LivcItem   *item,
             int         value,
             const char *lang)
{
  const LivcRatingWords words = {
    livc_report_text ("not-applicable", lang), livc_report_text ("dont-know", lang),
    livc_report_text ("not-answered", lang), " — ", TRUE
  };

  return livc_questionnaire_dup_rating_label (self->questionnaire, item, value, lang, &words);
}

/* A stage's label in lang, "—" without a stage. */
static const char *
stage_label (LivcReport *self,
             LivcStage  *stage,
             const char *lang)
{
  return stage != NULL ? _livc_report_q_lookup (self, livc_stage_get_label (stage), lang) : "—";
}

/* How the team's answer came about, as the report text saying it: everyone gave the same
 * rating; the team agreed on its answer; the ratings differ by a level and the team has not
 * answered yet; or they differ more (a disagreement to discuss). Until the team answers,
 * the lower median of the ratings counts. */
static const char *
agreement_id (const LivcItemScore *is,
              LivcAnswer          *answer)
{
  int value = answer != NULL ? livc_answer_get_value (answer) : LIVC_VALUE_NONE;

  if (is->n_ratings > 0 && is->disagreement <= 0 &&
      (value == LIVC_VALUE_NONE || value == is->min_rating || is->n_ratings == 1))
    return "all-agreed";
  if (value != LIVC_VALUE_NONE)
    return "consensus";
  if (is->to_discuss)
    return "lower-median";
  return "no-team-answer";
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* A domain's title in each column, numbered as its items and its axis of the radar are
 * ("2" for items 2.1, 2.2…). */
static void
domain_titles (LivcReport  *self,
               LivcDomain  *domain,
               LivcStrings *titles,
               const char **texts)
{
  for (guint c = 0; c < self->n_cols; c++)
    {
      titles->s[c] = g_strdup_printf ("%u %s", livc_domain_get_index (domain) + 1,
                                      _livc_report_q_lookup (self, livc_domain_get_title (domain),
                                                             self->langs[c]));
      texts[c] = titles->s[c];
    }
}

static LivcBlock *
add_domain_title (LivcReport *self,
                  LivcStyle   style,
                  LivcDomain *domain)
{
  g_auto(LivcStrings) titles = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };

  domain_titles (self, domain, &titles, texts);
  return _livc_report_add_texts (self, style, texts);
}

/* The assessment's status on the cover: final once every item has an answer and none is
 * left to discuss, a draft until then, with what is still open. */
static void
add_status (LivcReport *self)
{
  const LivcDomainScore *overall = livc_score_set_get_overall (self->scores);
  gboolean final = overall->answered == overall->items && overall->to_discuss == 0;
  g_auto(LivcStrings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < self->n_cols; i++)
    {
      const char *lang = self->langs[i];
      g_autofree char *answered = _livc_report_fill_numbers (livc_report_text ("items-answered",
                                                                               lang),
                                                             overall->answered, overall->items);
      GString *line = g_string_new (NULL);

      g_string_append_printf (line, "%s: %s · %s", livc_report_text ("status", lang),
                              livc_report_text (final ? "status-final" : "status-draft", lang),
                              answered);
      if (overall->to_discuss > 0)
        g_string_append_printf (line, " · %s: %u", livc_report_text ("to-discuss", lang),
                                overall->to_discuss);
      lines.s[i] = g_string_free (line, FALSE);
      texts[i] = lines.s[i];
    }
  _livc_report_add_space (self, 4);
  _livc_report_add_texts (self, LIVC_STYLE_BOLD, texts);
}

static void
build_cover (LivcReport *self)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  LivcQuestionnaire *q = self->questionnaire;
  g_autofree char *municipalities = livc_assessment_dup_isolated_names (a, " · ");
  GListModel *participants = livc_assessment_get_participants (a);
  const char *texts[MAX_COLS] = { NULL };
  g_auto(LivcStrings) dates = { { NULL } };
  g_auto(LivcStrings) qline = { { NULL } };

  _livc_report_add_space (self, 120);
  _livc_report_add_label (self, LIVC_STYLE_SUBTITLE, "report-title");
  _livc_report_add_space (self, 10);
  _livc_report_add_plain (self, LIVC_STYLE_TITLE, municipalities);
  if (livc_assessment_get_title (a) != NULL)
    _livc_report_add_plain (self, LIVC_STYLE_SUBTITLE,
                            _livc_report_iso (self, livc_assessment_get_title (a)));
  for (guint i = 0; i < self->n_cols; i++)
    {
      dates.s[i] = livc_format_date (livc_assessment_get_date (a), self->langs[i]);
      texts[i] = dates.s[i];
    }
  _livc_report_add_texts (self, LIVC_STYLE_SUBTITLE, texts);
  _livc_report_add_space (self, 40);

  for (guint i = 0; i < self->n_cols; i++)
    {
      qline.s[i] = g_strdup_printf ("%s: %s (%s %s)",
                                    livc_report_text ("questionnaire", self->langs[i]),
                                    _livc_report_q_lookup (self, livc_questionnaire_get_title (q),
                                                           self->langs[i]),
                                    livc_report_text ("version", self->langs[i]),
                                    _livc_report_iso (self, livc_questionnaire_get_version (q)));
      texts[i] = qline.s[i];
    }
  _livc_report_add_texts (self, LIVC_STYLE_BODY, texts);
  add_status (self);

  if (g_list_model_get_n_items (participants) > 0)
    {
      _livc_report_add_space (self, 16);
      _livc_report_add_label (self, LIVC_STYLE_BOLD, "participants");
      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          g_autoptr(LivcParticipant) p = g_list_model_get_item (participants, i);
          g_autofree char *label = _livc_report_member_label (self, p, i, FALSE);
          g_autofree char *line = g_strdup_printf ("%u  %s", i + 1, label);

          _livc_report_add_plain (self, LIVC_STYLE_BODY, line);
        }
    }
  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
}

static void
build_contents (LivcReport *self)
{
  _livc_report_add_label (self, LIVC_STYLE_H1, "contents");
  _livc_report_add_block (self, LIVC_BLOCK_TOC, LIVC_STYLE_BODY);
  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
}

static const double domain_table[] = { 0.58, 0.14, 0.28 };

typedef enum
{
  ITEMS_ALERTS,
  ITEMS_TO_DISCUSS,
} ItemList;

/* The summary's lists of compliance alerts (with the rating) and of items to discuss
 * (with the spread of ratings), each under its heading and intro, or a "none" line. */
static void
add_item_list (LivcReport *self,
               ItemList    list)
{
  static const char *ids[][3] = {
    [ITEMS_ALERTS] = { "alerts", "alerts-intro", "no-alerts" },
    [ITEMS_TO_DISCUSS] = { "to-discuss", "to-discuss-intro", "none-to-discuss" },
  };
  gboolean any = FALSE;

  _livc_report_add_heading (self, LIVC_STYLE_H2, ids[list][0], NULL, 2);
  for (guint i = 0; i < livc_score_set_get_n_items (self->scores); i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (self->scores, i);
      LivcBlock *b;

      if (list == ITEMS_ALERTS ? !is->alert : !is->to_discuss)
        continue;
      /* The introduction stays on the page of the first item it introduces. */
      if (!any)
        _livc_report_add_label (self, LIVC_STYLE_MUTED, ids[list][1])->keep_with_next = TRUE;
      any = TRUE;
      b = _livc_report_add_item (self, LIVC_STYLE_BODY, is->item);
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autofree char *detail = list == ITEMS_ALERTS
                                      ? rating_text (self, is->item, is->effective, self->langs[c])
                                      : NULL;
          char *t = list == ITEMS_ALERTS
                      ? g_strdup_printf ("• %s — %s", b->text[c], detail)
                      : g_strdup_printf ("• %s (%d–%d)", b->text[c], is->min_rating,
                                         is->max_rating);

          g_free (b->text[c]);
          b->text[c] = t;
        }
    }
  if (!any)
    _livc_report_add_label (self, LIVC_STYLE_BODY, ids[list][2]);
}

/* The radar as text, for readers who cannot see it: each domain's number, title and score,
 * in every report language. */
static char *
radar_alt (LivcReport *self)
{
  GString *alt = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autoptr(GString) line = g_string_new (livc_report_text ("radar-alt", self->langs[c]));
      g_autofree char *typeset = NULL;

      g_string_append_c (line, ':');
      for (guint d = 0; d < livc_score_set_get_n_domains (self->scores); d++)
        {
          const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);
          g_autofree char *score = livc_format_percent (ds->score, self->langs[c]);

          g_string_append_printf (line, "%s %u %s %s", d > 0 ? ";" : "", d + 1,
                                  _livc_report_q_lookup (self,
                                                         livc_domain_get_title (ds->domain),
                                                         self->langs[c]),
                                  score);
        }
      g_string_append_c (line, '.');
      typeset = _livc_report_typeset (line->str, self->langs[c]);
      g_string_append_printf (alt, "%s%s", c > 0 ? " / " : "", typeset);
    }
  return g_string_free (alt, FALSE);
}

static void
build_summary (LivcReport *self)
{
  const LivcDomainScore *overall = livc_score_set_get_overall (self->scores);
  guint n_domains = livc_score_set_get_n_domains (self->scores);
  const char *lang0 = self->langs[0];
  g_autofree char *big = livc_format_percent (overall->score, lang0);
  g_auto(LivcStrings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };
  LivcBlock *head, *chart;

  _livc_report_add_heading (self, LIVC_STYLE_H1, "summary", NULL, 1);
  _livc_report_add_plain (self, LIVC_STYLE_BIG, big);
  for (guint i = 0; i < self->n_cols; i++)
    {
      double complete = 100 * livc_score_set_get_completeness (self->scores);
      g_autofree char *completeness = livc_format_percent (complete, self->langs[i]);
      g_autofree char *rated = _livc_report_fill_numbers (livc_report_text ("items-rated",
                                                                            self->langs[i]),
                                                          overall->rated, overall->items);
      g_autofree char *score = livc_format_percent (overall->score, self->langs[i]);
      lines.s[i] = g_strdup_printf ("%s: %s · %s: %s · %s: %s · %s",
                                  livc_report_text ("overall", self->langs[i]), score,
                                  livc_report_text ("stage", self->langs[i]),
                                  stage_label (self, overall->stage, self->langs[i]),
                                  livc_report_text ("completeness", self->langs[i]), completeness,
                                  rated);
      texts[i] = lines.s[i];
    }
  _livc_report_add_texts (self, LIVC_STYLE_BODY, texts);
  _livc_report_add_space (self, 6);
  /* 390 pt high: axis labels of 8.8 pt and ring labels of 8.3 pt on paper. */
  chart = _livc_report_add_chart (self, LIVC_CHART_RADAR, 390, 0, 0);
  chart->alt = radar_alt (self);
  _livc_report_add_space (self, 6);

  {
    g_autofree char *h_domain = _livc_report_label_all (self, "domain");
    g_autofree char *h_score = _livc_report_label_all (self, "score");
    g_autofree char *h_stage = _livc_report_label_all (self, "stage");
    const char *header[] = { h_domain, h_score, h_stage };
    head = _livc_report_add_row (self, domain_table, TRUE, header, 3);
  }
  for (guint d = 0; d < n_domains; d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);
      g_autofree char *score = livc_format_percent (ds->score, lang0);
      g_autoptr(GString) title = g_string_new (NULL);
      g_autofree char *stage = _livc_report_stage_lines (self, ds->stage);

      g_string_append_printf (title, "%u ", d + 1);
      for (guint i = 0; i < self->n_cols; i++)
        g_string_append_printf (title, "%s%s", i > 0 ? "\n" : "",
                                _livc_report_q_lookup (self, livc_domain_get_title (ds->domain),
                                                       self->langs[i]));
      {
        const char *cells[] = { title->str, score, stage };
        _livc_report_add_row (self, domain_table, FALSE, cells, 3)->repeat = head;
      }
    }

  add_item_list (self, ITEMS_ALERTS);
  add_item_list (self, ITEMS_TO_DISCUSS);
}

/* The number of assessment members who rated any item: the columns of the ratings tables. */
static guint
n_raters (LivcReport *self)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  GListModel *answers = livc_assessment_get_answers (a);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      if (livc_answer_get_n_ratings (answer) > 0)
        return g_list_model_get_n_items (livc_assessment_get_participants (a));
    }
  return 0;
}

/* A member's rating as a table cell: the level, "?" for don't know, "n/a", or "–". */
static char *
rating_cell (LivcReport *self,
             LivcAnswer *answer,
             const char *participant_id)
{
  GString *s = g_string_new (NULL);

  for (guint r = 0; answer != NULL && r < livc_answer_get_n_ratings (answer); r++)
    {
      const LivcRating *rating = livc_answer_get_rating (answer, r);

      if (g_strcmp0 (rating->participant, participant_id) != 0)
        continue;
      if (LIVC_VALUE_IS_LEVEL (rating->value))
        g_string_printf (s, "%d", rating->value);
      else if (rating->value == LIVC_VALUE_UNKNOWN)
        g_string_assign (s, "?");
      else if (rating->value == LIVC_VALUE_NA)
        for (guint c = 0; c < self->n_cols; c++)
          g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "",
                                  livc_report_text ("na-short", self->langs[c]));
      break;
    }
  if (s->len == 0)
    g_string_assign (s, "–");
  return g_string_free (s, FALSE);
}

/* An item's legal references in lang: each isolated, joined as lang writes a list. */
static char *
references (LivcReport *self,
            LivcItem   *item,
            const char *lang)
{
  const char * const *refs = livc_item_get_references (item);
  GString *s = g_string_new (NULL);

  for (guint i = 0; refs != NULL && refs[i] != NULL; i++)
    g_string_append_printf (s, "%s%s", i == 0 ? "" : g_strcmp0 (lang, "fr") == 0 ? "\u202f; "
                                                                                  : "; ",
                            _livc_report_iso (self, refs[i]));
  return g_string_free (s, FALSE);
}

/* The statement in every language, one under the other, with its legal basis. */
static char *
statement_cell (LivcReport          *self,
                const LivcItemScore *is)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "",
                              _livc_report_q_lookup (self, livc_item_get_text (is->item),
                                                     self->langs[c]));
      if (livc_item_get_basis (is->item) == LIVC_BASIS_LEGAL)
        {
          g_autofree char *refs = references (self, is->item, self->langs[c]);
          g_autofree char *legal = g_strdup_printf ("(%s%s%s)",
                                                    livc_report_text ("legal", self->langs[c]),
                                                    *refs != '\0' ? ": " : "", refs);
          g_autofree char *typeset = _livc_report_typeset (legal, self->langs[c]);

          g_string_append_printf (s, " %s", typeset);
        }
    }
  return g_string_free (s, FALSE);
}

/* The team's answer and how it came about, in every language. */
static char *
team_cell (LivcReport          *self,
           const LivcItemScore *is,
           LivcAnswer          *answer,
           gboolean            with_members)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *rating = rating_text (self, is->item, is->effective, self->langs[c]);

      g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "", rating);
      if (with_members && is->n_ratings > 0)
        g_string_append_printf (s, " (%s)",
                                livc_report_text (agreement_id (is, answer), self->langs[c]));
    }
  return g_string_free (s, FALSE);
}

/* "1 Coördinator · 2 Information officer · …": who each member column is. */
static void
add_member_legend (LivcReport *self)
{
  GListModel *participants = livc_assessment_get_participants (
    livc_score_set_get_assessment (self->scores));
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(LivcParticipant) p = g_list_model_get_item (participants, i);
      g_autofree char *label = _livc_report_member_label (self, p, i, TRUE);

      g_string_append_printf (s, "%s%u %s", i > 0 ? " · " : "", i + 1, label);
    }
  for (guint c = 0; c < self->n_cols; c++)
    g_string_append_printf (s, " · %s", livc_report_text ("unknown-legend", self->langs[c]));
  {
    LivcBlock *legend = _livc_report_add_plain (self, LIVC_STYLE_MUTED, s->str);

    legend->space = 4;
    legend->keep_with_next = TRUE;
  }
}

/* A domain's items as one table: number, statement, each member's rating, the spread and
 * the team's answer; without members' ratings, the answer alone. */
static void
add_items_table (LivcReport      *self,
                 LivcDomain      *domain,
                 const char      *instance,
                 guint            members)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  GListModel *participants = livc_assessment_get_participants (a);
  GListModel *items = livc_domain_get_items (domain);
  guint n_cells = members > 0 ? members + 4 : 3;
  double *widths = g_new (double, n_cells);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  LivcBlock *head;

  widths[0] = 0.06;
  if (members > 0)
    {
      double member_w = MIN (self->n_cols > 1 ? 0.04 : 0.045, 0.27 / members);
      double spread_w = self->n_cols > 1 ? 0.125 : 0.115;

      for (guint m = 0; m < members; m++)
        widths[2 + m] = member_w;
      widths[2 + members] = spread_w;
      widths[3 + members] = 0.20;
      widths[1] = 1.0 - 0.06 - member_w * members - spread_w - 0.20;
    }
  else
    {
      widths[1] = 0.66;
      widths[2] = 0.28;
    }
  g_ptr_array_add (header, _livc_report_label_all (self, "number-short"));
  g_ptr_array_add (header, _livc_report_label_all (self, "item"));
  for (guint m = 0; m < members; m++)
    g_ptr_array_add (header, g_strdup_printf ("%u", m + 1));
  if (members > 0)
    g_ptr_array_add (header, _livc_report_label_all (self, "spread-short"));
  g_ptr_array_add (header, _livc_report_label_all (self, members > 0 ? "team-answer" : "rating"));
  _livc_report_add_space (self, 6);
  head = _livc_report_add_row (self, widths, TRUE, (const char * const *) header->pdata,
                               header->len);
  head->owned_widths = widths;
  head->style = LIVC_STYLE_SMALL_BOLD;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
      const LivcItemScore *is =
        instance != NULL
        ? livc_score_set_find_instance_item (self->scores, livc_item_get_id (item), instance)
        : livc_score_set_get_item (self->scores, livc_item_get_index (item));
      LivcAnswer *answer = livc_assessment_find_instance_answer (a, livc_item_get_id (item),
                                                                 instance);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      LivcBlock *row;

      g_ptr_array_add (cells, livc_item_dup_number (item));
      g_ptr_array_add (cells, statement_cell (self, is));
      for (guint m = 0; m < members; m++)
        {
          g_autoptr(LivcParticipant) p = g_list_model_get_item (participants, m);

          g_ptr_array_add (cells, rating_cell (self, answer, livc_participant_get_id (p)));
        }
      if (members > 0)
        g_ptr_array_add (cells, is->n_ratings == 0 ? g_strdup ("—")
                                : is->min_rating == is->max_rating
                                ? g_strdup_printf ("%d", is->min_rating)
                                : g_strdup_printf ("%d–%d", is->min_rating, is->max_rating));
      g_ptr_array_add (cells, team_cell (self, is, answer, members > 0));
      row = _livc_report_add_row (self, widths, FALSE, (const char * const *) cells->pdata,
                                  cells->len);
      row->repeat = head;
      row->style = LIVC_STYLE_SMALL;
    }
}

/* Under the table, what the team wrote on its items: notes and evidence, by number. */
static void
add_item_notes (LivcReport *self,
                LivcDomain *domain,
                const char *instance)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  GListModel *items = livc_domain_get_items (domain);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
      LivcAnswer *answer = livc_assessment_find_instance_answer (a, livc_item_get_id (item),
                                                                 instance);
      g_autofree char *number = livc_item_dup_number (item);
      static const char *ids[] = { "note", "evidence" };

      for (guint k = 0; answer != NULL && k < G_N_ELEMENTS (ids); k++)
        {
          const char *text = k == 0 ? livc_answer_get_note (answer)
                                    : livc_answer_get_evidence (answer);
          g_autofree char *label = NULL;
          g_autofree char *t = NULL;

          if (!is_set (text))
            continue;
          label = _livc_report_label_all (self, ids[k]);
          t = g_strdup_printf ("%s · %s: %s", number, label, _livc_report_iso (self, text));
          _livc_report_add_plain (self, k == 0 ? LIVC_STYLE_BODY : LIVC_STYLE_MUTED, t)->space =
            k == 0 ? 6 : 2;
        }
    }
}

/* One instance of a repeated domain: its name, the team's description of it, its score,
 * then its items. */
static void
add_instance (LivcReport *self,
              guint       domain_index,
              guint       instance_index,
              guint       members)
{
  const LivcDomainScore *row = livc_score_set_get_instance (self->scores, domain_index,
                                                            instance_index);
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  const char *described = livc_assessment_get_instance_description (
    a, livc_domain_get_id (row->domain), row->instance->id);
  g_auto(LivcStrings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };

  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *score = livc_format_percent (row->score, self->langs[c]);

      lines.s[c] = g_strdup_printf ("%s · %s: %s · %s: %u/%u",
                                    _livc_report_q_lookup (self, row->instance->label,
                                                           self->langs[c]),
                                    livc_report_text ("score", self->langs[c]), score,
                                    livc_report_text ("answered", self->langs[c]),
                                    row->answered, row->items);
      texts[c] = lines.s[c];
    }
  _livc_report_add_space (self, 8);
  _livc_report_add_texts (self, LIVC_STYLE_BOLD, texts)->keep_with_next = TRUE;
  if (is_set (described))
    _livc_report_add_plain (self, LIVC_STYLE_MUTED,
                            _livc_report_iso (self, described))->keep_with_next = TRUE;
  add_items_table (self, row->domain, row->instance->id, members);
  add_item_notes (self, row->domain, row->instance->id);
}

static void
build_domains (LivcReport *self)
{
  guint members = n_raters (self);

  for (guint d = 0; d < livc_score_set_get_n_domains (self->scores); d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);
      g_auto(LivcStrings) lines = { { NULL } };
      const char *texts[MAX_COLS] = { NULL };

      /* The domains follow one another: a domain is a table, not a page. */
      if (d == 0)
        _livc_report_add_section_break (self);
      else
        _livc_report_add_space (self, 14);
      {
        g_auto(LivcStrings) titles = { { NULL } };

        domain_titles (self, ds->domain, &titles, texts);
        _livc_report_add_heading_texts (self, LIVC_STYLE_H1, texts, 1);
      }
      if (ds->state != LIVC_DOMAIN_ASKED)
        {
          /* A conditional domain that is not asked: why, instead of its items. */
          for (guint c = 0; c < self->n_cols; c++)
            texts[c] = lines.s[c] = livc_report_dup_domain_absence (self->scores, d,
                                                                    self->langs[c]);
          _livc_report_add_texts (self, LIVC_STYLE_MUTED, texts);
          continue;
        }
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autofree char *score = livc_format_percent (ds->score, self->langs[c]);
          lines.s[c] = g_strdup_printf ("%s: %s · %s: %s · %s: %u/%u",
                                      livc_report_text ("score", self->langs[c]), score,
                                      livc_report_text ("stage", self->langs[c]),
                                      stage_label (self, ds->stage, self->langs[c]),
                                      livc_report_text ("answered", self->langs[c]), ds->answered,
                                      ds->items);
          texts[c] = lines.s[c];
        }
      _livc_report_add_texts (self, LIVC_STYLE_BOLD, texts)->keep_with_next = TRUE;
      if (!livc_text_is_empty (livc_domain_get_description (ds->domain)))
        _livc_report_add_q_text (self, LIVC_STYLE_MUTED,
                                 livc_domain_get_description (ds->domain))->keep_with_next = TRUE;
      if (members > 0)
        add_member_legend (self);
      if (!livc_domain_is_repeated (ds->domain))
        {
          add_items_table (self, ds->domain, NULL, members);
          add_item_notes (self, ds->domain, NULL);
          continue;
        }
      for (guint j = 0; j < livc_domain_get_n_instances (ds->domain); j++)
        add_instance (self, d, j, members);
    }
}

static void
build_recommendations (LivcReport *self)
{
  LivcQuestionnaire *q = self->questionnaire;
  GPtrArray *recs = livc_score_set_get_recommendations (self->scores);
  LivcDomain *current = NULL;

  _livc_report_add_section_break (self);
  _livc_report_add_heading (self, LIVC_STYLE_H1, "recommendations", NULL, 1);
  if (recs->len == 0)
    _livc_report_add_label (self, LIVC_STYLE_BODY, "no-recommendations");
  for (guint i = 0; i < recs->len; i++)
    {
      LivcRecommendation *rec = g_ptr_array_index (recs, i);

      if (livc_recommendation_get_domain (rec) != current)
        {
          current = livc_recommendation_get_domain (rec);
          add_domain_title (self, LIVC_STYLE_H2, current)->space = 8;
        }
      if (livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_ITEM)
        {
          LivcItem *item = livc_questionnaire_find_item (q, livc_recommendation_get_item_id (rec));
          if (item != NULL)
            _livc_report_add_item (self, LIVC_STYLE_BOLD, item)->space = 4;
        }
      _livc_report_add_q_text (self, LIVC_STYLE_BODY,
                               livc_recommendation_get_text (rec))->space = 2;
    }
}

/* The owner's column holds "Preventieambtenaar" whole. */
static const double action_table[] = { 0.05, 0.31, 0.06, 0.21, 0.15, 0.11, 0.11 };

typedef enum
{
  PRIORITY_NONE, /* done or dropped */
  PRIORITY_LOW,
  PRIORITY_MEDIUM,
  PRIORITY_HIGH,
} Priority;

/* An action still to do that was due before the report's date. */
static gboolean
is_overdue (LivcReport *self,
            LivcAction *action)
{
  LivcActionStatus status = livc_action_get_status (action);
  const char *due = livc_action_get_due (action);
  const char *date = livc_assessment_get_date (livc_score_set_get_assessment (self->scores));

  return (status == LIVC_ACTION_OPEN || status == LIVC_ACTION_DOING) &&
         livc_date_is_valid (due) && livc_date_is_valid (date) && strcmp (due, date) < 0;
}

/* High: overdue, or it serves a legal obligation in alert; medium: it serves an item rated
 * 2 or lower, or a domain still at its first stage (below 40%); low otherwise. */
static Priority
action_priority (LivcReport *self,
                 LivcAction *action)
{
  LivcActionStatus status = livc_action_get_status (action);
  const char *item_id = livc_action_get_item_id (action);
  const LivcItemScore *is = item_id != NULL ? livc_score_set_find_item (self->scores, item_id)
                                            : NULL;
  LivcDomain *domain = livc_questionnaire_find_domain (self->questionnaire,
                                                       livc_action_get_domain_id (action));

  if (status == LIVC_ACTION_DONE || status == LIVC_ACTION_DROPPED)
    return PRIORITY_NONE;
  if (is_overdue (self, action) || (is != NULL && is->alert))
    return PRIORITY_HIGH;
  if (is != NULL && LIVC_VALUE_IS_LEVEL (is->effective) && is->effective <= 2)
    return PRIORITY_MEDIUM;
  if (domain != NULL)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores,
                                                             livc_domain_get_index (domain));

      if (!isnan (ds->score) && ds->score < 40)
        return PRIORITY_MEDIUM;
    }
  return PRIORITY_LOW;
}

/* A date in every language of the report, one under the other; "—" without one. */
static char *
date_lines (LivcReport *self,
            const char *iso_date,
            gboolean    overdue)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *date = iso_date != NULL ? livc_format_date (iso_date, self->langs[c])
                                               : g_strdup ("—");

      g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "", date);
      if (overdue)
        g_string_append_printf (s, " (%s)", livc_report_text ("overdue", self->langs[c]));
    }
  return g_string_free (s, FALSE);
}

/* A fixed text in every language of the report, one under the other. */
static char *
label_lines (LivcReport *self,
             const char *id)
{
  const char *langs[MAX_COLS] = { NULL };
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      langs[c] = livc_report_text (id, self->langs[c]);
      if (c == 0 || strcmp (langs[c], langs[0]) != 0)
        g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "", langs[c]);
    }
  return g_string_free (s, FALSE);
}

/* The actions of one domain (NULL: those tied to none) as rows numbered on from *number. */
static void
add_action_rows (LivcReport *self,
                 LivcDomain *domain,
                 LivcBlock  *head,
                 guint      *number)
{
  static const char *priority_ids[] = { NULL, "priority-low", "priority-medium",
                                        "priority-high" };
  GListModel *actions = livc_assessment_get_actions (livc_score_set_get_assessment (self->scores));

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);
      LivcDomain *its = livc_questionnaire_find_domain (self->questionnaire,
                                                        livc_action_get_domain_id (action));
      LivcItem *item = livc_action_get_item_id (action) != NULL
                         ? livc_questionnaire_find_item (self->questionnaire,
                                                         livc_action_get_item_id (action))
                         : NULL;
      LivcActionStatus state = livc_action_get_status (action);
      g_autofree char *status_id = g_strdup_printf ("status-%s",
                                                    livc_action_status_to_string (state));
      const char *owner = livc_action_get_owner (action);
      Priority priority;
      g_autofree char *n = NULL;
      g_autofree char *serves = NULL;
      g_autofree char *due = NULL;
      g_autofree char *status = NULL;
      g_autofree char *level = NULL;
      LivcBlock *row;

      if (its != domain)
        continue;
      priority = action_priority (self, action);
      n = g_strdup_printf ("%u", ++*number);
      serves = item != NULL ? livc_item_dup_number (item)
                            : its != NULL ? label_lines (self, "whole-domain") : g_strdup ("—");
      due = date_lines (self, livc_action_get_due (action), is_overdue (self, action));
      status = label_lines (self, status_id);
      level = priority == PRIORITY_NONE ? g_strdup ("—")
                                        : label_lines (self, priority_ids[priority]);
      {
        const char *cells[] = { n, _livc_report_iso (self, livc_action_get_text (action)), serves,
                                owner != NULL ? _livc_report_iso (self, owner) : "—", due, status,
                                level };

        row = _livc_report_add_row (self, action_table, FALSE, cells, G_N_ELEMENTS (cells));
      }
      row->repeat = head;
      row->style = priority == PRIORITY_HIGH ? LIVC_STYLE_SMALL_BOLD : LIVC_STYLE_SMALL;
    }
}

static guint
count_actions (LivcReport *self,
               LivcDomain *domain)
{
  GListModel *actions = livc_assessment_get_actions (livc_score_set_get_assessment (self->scores));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);

      if (livc_questionnaire_find_domain (self->questionnaire,
                                          livc_action_get_domain_id (action)) == domain)
        n++;
    }
  return n;
}

/* The action plan as a table per domain, in the questionnaire's order: number, action,
 * the item it serves, owner, due date (overdue ones flagged against the report's date),
 * status and priority. */
static void
build_actions (LivcReport *self)
{
  GListModel *actions = livc_assessment_get_actions (livc_score_set_get_assessment (self->scores));
  GListModel *domains = livc_questionnaire_get_domains (self->questionnaire);
  guint number = 0;

  _livc_report_add_heading (self, LIVC_STYLE_H1, "action-plan", NULL, 1);
  if (g_list_model_get_n_items (actions) == 0)
    {
      _livc_report_add_label (self, LIVC_STYLE_BODY, "no-actions");
      return;
    }
  _livc_report_add_label (self, LIVC_STYLE_MUTED, "action-plan-intro")->keep_with_next = TRUE;
  for (guint d = 0; d <= g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = d < g_list_model_get_n_items (domains)
                                       ? g_list_model_get_item (domains, d) : NULL;
      static const char *ids[] = { "number-short", "action", "item", "owner", "due", "status",
                                   "priority" };
      g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
      LivcBlock *head;

      if (count_actions (self, domain) == 0)
        continue;
      if (domain != NULL)
        add_domain_title (self, LIVC_STYLE_H2, domain)->space = 10;
      else
        _livc_report_add_label (self, LIVC_STYLE_H2, "other-actions")->space = 10;
      for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
        g_ptr_array_add (header, label_lines (self, ids[k]));
      head = _livc_report_add_row (self, action_table, TRUE, (const char * const *) header->pdata,
                                   header->len);
      head->style = LIVC_STYLE_SMALL_BOLD;
      add_action_rows (self, domain, head, &number);
    }
}


static void
build_annex (LivcReport *self)
{
  static const char *paragraphs[] = { "annex-1", "annex-2", "annex-3", "annex-4", NULL };

  _livc_report_add_annex (self, "annex", paragraphs);
}

static void
livc_report_finalize (GObject *object)
{
  LivcReport *self = LIVC_REPORT (object);

  g_clear_object (&self->scores);
  g_clear_object (&self->previous);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->trends, g_ptr_array_unref);
  g_clear_object (&self->questionnaire);
  g_free (self->author);
  g_free (self->date);
  g_free (self->lang);
  for (guint i = 0; i < MAX_COLS; i++)
    g_free (self->langs[i]);
  g_clear_pointer (&self->layout, livc_layout_free);
  g_free (self->running);
  g_free (self->title);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_ptr_array_unref (self->isolated);
  G_OBJECT_CLASS (livc_report_parent_class)->finalize (object);
}

static void
livc_report_class_init (LivcReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_report_finalize;
}

static void
livc_report_init (LivcReport *self)
{
  self->isolated = g_ptr_array_new_with_free_func (g_free);
}

void
_livc_report_set_lang (LivcReport *self,
                       const char *lang)
{
  self->lang = g_strdup (lang);
  if (g_strcmp0 (lang, "nl+fr") == 0)
    {
      self->langs[0] = g_strdup ("nl");
      self->langs[1] = g_strdup ("fr");
      self->n_cols = 2;
    }
  else
    {
      self->langs[0] = g_strdup (lang);
      self->n_cols = 1;
    }
  self->layout = livc_layout_new (self->n_cols);
}

/* The report of one assessment. */
LivcReport *
livc_report_new (LivcScoreSet *scores,
                 const char   *lang)
{
  return livc_report_new_since (scores, NULL, lang);
}

/* The report of one assessment whose executive summary also says what moved since previous,
 * an earlier assessment of the same municipality (NULL for none), and how far its action
 * plan got. */
LivcReport *
livc_report_new_since (LivcScoreSet *scores,
                       LivcScoreSet *previous,
                       const char   *lang)
{
  LivcReport *self;
  LivcAssessment *a;
  g_autofree char *municipalities = NULL;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (scores), NULL);
  g_return_val_if_fail (previous == NULL || LIVC_IS_SCORE_SET (previous), NULL);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), NULL);

  self = g_object_new (LIVC_TYPE_REPORT, NULL);
  self->scores = g_object_ref (scores);
  self->previous = previous != NULL ? g_object_ref (previous) : NULL;
  self->questionnaire = g_object_ref (livc_score_set_get_questionnaire (scores));
  _livc_report_set_lang (self, lang);
  a = livc_score_set_get_assessment (scores);
  municipalities = livc_assessment_dup_isolated_names (a, " · ");
  {
    g_autofree char *title = _livc_report_label_all (self, "report-title");
    g_autofree char *names = livc_assessment_dup_municipality_names (a, " · ");

    self->running = g_strdup_printf ("%s — %s", municipalities, title);
    self->title = g_strdup_printf ("%s — %s", names, title);
  }
  self->author = livc_assessment_dup_municipality_names (a, ", ");
  self->date = g_strdup (livc_assessment_get_date (a));

  build_cover (self);
  _livc_report_build_executive (self);
  build_contents (self);
  build_summary (self);
  build_domains (self);
  build_recommendations (self);
  build_actions (self);
  build_annex (self);
  livc_layout_paginate (self->layout);
  return self;
}

guint
livc_report_get_n_pages (LivcReport *self)
{
  g_return_val_if_fail (LIVC_IS_REPORT (self), 0);
  return self->layout->pages->len;
}

