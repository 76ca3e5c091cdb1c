/* livc-report.c: the report of one assessment (LivcReport, the class both kinds of report
 * are): cover and contents, summary, one section per domain with its items, the
 * recommendations, the action plan and the annex, built once as blocks and laid out into
 * A4 pages. In "nl+fr" every text stands in two columns.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-report-private.h"

G_DEFINE_FINAL_TYPE (LivcReport, livc_report, G_TYPE_OBJECT)

static char *
rating_text (LivcReport *self,
             LivcItem   *item,
             int         value,
             const char *lang)
{
  LivcScale *scale = livc_item_get_scale (item);
  int index;

  if (value == LIVC_VALUE_NA)
    return g_strdup (livc_report_text ("not-applicable", lang));
  if (value == LIVC_VALUE_UNKNOWN)
    return g_strdup (livc_report_text ("dont-know", lang));
  if (value == LIVC_VALUE_NONE)
    return g_strdup (livc_report_text ("not-answered", lang));
  index = livc_scale_find_level (scale, value);
  if (index < 0)
    return g_strdup_printf ("%d", value);
  return g_strdup_printf ("%d — %s", value,
                          _livc_report_q_lookup (self,
                                                 livc_scale_get_level (scale, (guint) index)->label,
                                                 lang));
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

  if (g_list_model_get_n_items (participants) > 0)
    {
      _livc_report_add_space (self, 16);
      _livc_report_add_label (self, LIVC_STYLE_BOLD, "participants");
      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          g_autoptr(LivcParticipant) p = g_list_model_get_item (participants, i);
          const char *role = livc_participant_get_role (p);
          const char *name = livc_participant_get_name (p);
          g_autofree char *line = NULL;

          if (role != NULL && g_strcmp0 (role, name) != 0)
            line = g_strdup_printf ("• %s (%s)", name ? _livc_report_iso (self, name) : "",
                                    _livc_report_iso (self, role));
          else
            line = g_strdup_printf ("• %s", _livc_report_iso (self, name ? name
                                                                   : livc_participant_get_id (p)));
          _livc_report_add_plain (self, LIVC_STYLE_BODY, line);
        }
    }
  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
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
      if (!any)
        _livc_report_add_label (self, LIVC_STYLE_MUTED, ids[list][1]);
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


static void
build_summary (LivcReport *self)
{
  const LivcDomainScore *overall = livc_score_set_get_overall (self->scores);
  guint n_domains = livc_score_set_get_n_domains (self->scores);
  const char *lang0 = self->langs[0];
  g_autofree char *big = livc_format_percent (overall->score, lang0);
  g_auto(LivcStrings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };
  LivcBlock *head;

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
  _livc_report_add_chart (self, LIVC_CHART_RADAR, 330, 0, 0);
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

static void
build_item (LivcReport          *self,
            const LivcItemScore *is)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  LivcAnswer *answer = livc_assessment_find_answer (a, livc_item_get_id (is->item));
  const char * const *refs = livc_item_get_references (is->item);
  g_auto(LivcStrings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };
  LivcBlock *b;

  b = _livc_report_add_item (self, LIVC_STYLE_BOLD, is->item);
  b->space = 8;
  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *rating = rating_text (self, is->item, is->effective, self->langs[c]);
      g_autoptr(GString) s = g_string_new (NULL);

      g_string_append_printf (s, "%s: %s", livc_report_text ("rating", self->langs[c]), rating);
      if (livc_item_get_basis (is->item) == LIVC_BASIS_LEGAL)
        {
          g_autofree char *joined = g_strjoinv ("; ", (char **) refs);
          g_string_append_printf (s, " · %s (%s)", livc_report_text ("legal", self->langs[c]),
                                  _livc_report_iso (self, joined));
        }
      lines.s[c] = g_string_free (g_steal_pointer (&s), FALSE);
      texts[c] = lines.s[c];
    }
  _livc_report_add_texts (self, LIVC_STYLE_SMALL, texts);

  if (answer != NULL && livc_answer_get_n_ratings (answer) > 0)
    {
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autoptr(GString) s = g_string_new (NULL);
          g_autofree char *team = rating_text (self, is->item, is->effective, self->langs[c]);

          for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
            {
              const LivcRating *rating = livc_answer_get_rating (answer, r);
              LivcParticipant *p = livc_assessment_find_participant (a, rating->participant);
              const char *who = _livc_report_iso (self, p != NULL ? livc_participant_get_label (p)
                                                     : rating->participant);
              g_autofree char *v = LIVC_VALUE_IS_LEVEL (rating->value)
                                   ? g_strdup_printf ("%d", rating->value)
                                   : rating_text (self, is->item, rating->value, self->langs[c]);

              g_string_append_printf (s, "%s%s: %s", r > 0 ? " · " : "", who, v);
            }
          /* The spread behind the answer, and whether the team agreed on it or it is
           * the lower median of the ratings until they do. */
          g_free (lines.s[c]);
          lines.s[c] = g_strdup_printf ("%s: %s (%s: %s)",
                                        livc_report_text ("spread", self->langs[c]), s->str,
                                        livc_report_text (agreement_id (is, answer),
                                                          self->langs[c]),
                                        team);
          texts[c] = lines.s[c];
        }
      _livc_report_add_texts (self, LIVC_STYLE_SMALL, texts);
    }
  if (answer != NULL && is_set (livc_answer_get_note (answer)))
    {
      g_autofree char *label = _livc_report_label_all (self, "note");
      g_autofree char *t = g_strdup_printf ("%s: %s", label,
                                            _livc_report_iso (self, livc_answer_get_note (answer)));
      _livc_report_add_plain (self, LIVC_STYLE_BODY, t)->indent = 0;
    }
  if (answer != NULL && is_set (livc_answer_get_evidence (answer)))
    {
      g_autofree char *label = _livc_report_label_all (self, "evidence");
      const char *evidence = _livc_report_iso (self, livc_answer_get_evidence (answer));
      g_autofree char *t = g_strdup_printf ("%s: %s", label, evidence);
      _livc_report_add_plain (self, LIVC_STYLE_MUTED, t);
    }
}

static void
build_domains (LivcReport *self)
{

  for (guint d = 0; d < livc_score_set_get_n_domains (self->scores); d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);
      GListModel *items = livc_domain_get_items (ds->domain);
      g_auto(LivcStrings) lines = { { NULL } };
      const char *texts[MAX_COLS] = { NULL };

      _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
      _livc_report_add_heading (self, LIVC_STYLE_H1, NULL, livc_domain_get_title (ds->domain), 1);
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
      _livc_report_add_texts (self, LIVC_STYLE_BOLD, texts);
      if (!livc_text_is_empty (livc_domain_get_description (ds->domain)))
        _livc_report_add_q_text (self, LIVC_STYLE_MUTED, livc_domain_get_description (ds->domain));
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
          build_item (self, livc_score_set_get_item (self->scores, livc_item_get_index (item)));
        }
    }
}

static void
build_recommendations (LivcReport *self)
{
  LivcQuestionnaire *q = self->questionnaire;
  GPtrArray *recs = livc_score_set_get_recommendations (self->scores);
  LivcDomain *current = NULL;

  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
  _livc_report_add_heading (self, LIVC_STYLE_H1, "recommendations", NULL, 1);
  if (recs->len == 0)
    _livc_report_add_label (self, LIVC_STYLE_BODY, "no-recommendations");
  for (guint i = 0; i < recs->len; i++)
    {
      LivcRecommendation *rec = g_ptr_array_index (recs, i);

      if (livc_recommendation_get_domain (rec) != current)
        {
          current = livc_recommendation_get_domain (rec);
          _livc_report_add_q_text (self, LIVC_STYLE_H2, livc_domain_get_title (current))->space = 8;
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

static void
build_actions (LivcReport *self)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  GListModel *actions = livc_assessment_get_actions (a);
  const char *lang = self->langs[0];

  _livc_report_add_heading (self, LIVC_STYLE_H1, "action-plan", NULL, 1);
  if (g_list_model_get_n_items (actions) == 0)
    _livc_report_add_label (self, LIVC_STYLE_BODY, "no-actions");
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);
      LivcActionStatus state = livc_action_get_status (action);
      g_autofree char *status_id = g_strdup_printf ("status-%s",
                                                    livc_action_status_to_string (state));
      g_autofree char *due = livc_action_get_due (action)
                               ? livc_format_date (livc_action_get_due (action), lang)
                               : g_strdup ("—");
      g_autofree char *status = _livc_report_label_all (self, status_id);
      g_autofree char *l_action = _livc_report_label_all (self, "action");
      g_autofree char *l_owner = _livc_report_label_all (self, "owner");
      g_autofree char *l_due = _livc_report_label_all (self, "due");
      g_autofree char *l_status = _livc_report_label_all (self, "status");
      const char *owner = livc_action_get_owner (action);
      g_autofree char *head = g_strdup_printf ("%s %s · %s: %s · %s: %s · %s: %s", l_action,
                                               _livc_report_iso (self,
                                                                 livc_action_get_id (action)),
                                               l_owner,
                                               owner ? _livc_report_iso (self, owner) : "—",
                                               l_due, due, l_status, status);
      _livc_report_add_plain (self, LIVC_STYLE_SMALL, head)->space = 6;
      _livc_report_add_plain (self, LIVC_STYLE_BODY,
                              _livc_report_iso (self, livc_action_get_text (action)));
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
  LivcReport *self;
  LivcAssessment *a;
  g_autofree char *municipalities = NULL;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (scores), NULL);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), NULL);

  self = g_object_new (LIVC_TYPE_REPORT, NULL);
  self->scores = g_object_ref (scores);
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

