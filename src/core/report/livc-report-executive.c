/* livc-report-executive.c: the single report's executive summary, the page after the cover
 * that a mayor or a coach reads in a minute: the stage in words with its threshold, the
 * legal alerts first, the strongest and weakest domains, the top three priorities taken
 * from the recommendations that apply, and how complete the assessment is.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "livc-report-private.h"

#define N_PRIORITIES 3

typedef struct
{
  LivcRecommendation *rec;
  LivcItem           *item;   /* of an item's recommendation */
  gboolean            legal;  /* on a legal obligation in alert */
  double              weight; /* the domain's weight × its distance to the next stage */
  guint               order;  /* in the questionnaire */
} Candidate;

static const char *
stage_text (LivcReport *self,
            LivcStage  *stage,
            const char *lang)
{
  return stage != NULL ? _livc_report_q_lookup (self, livc_stage_get_label (stage), lang) : "—";
}

/* The stage after stage, NULL at the last. */
static LivcStage *
next_stage (LivcReport *self,
            LivcStage  *stage)
{
  GListModel *stages = livc_questionnaire_get_stages (self->questionnaire);
  LivcStage *next = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(LivcStage) s = g_list_model_get_item (stages, i);

      if (livc_stage_get_min (s) > (stage != NULL ? livc_stage_get_min (stage) : -1) &&
          (next == NULL || livc_stage_get_min (s) < livc_stage_get_min (next)))
        next = s;
    }
  return next;
}

/* A paragraph per column, each the template in its language with its {keys} filled. */
static LivcBlock *
add_filled (LivcReport         *self,
            LivcStyle           style,
            const char         *id,
            const char * const *keys,
            char              **values)
{
  g_auto(LivcStrings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };

  for (guint c = 0; c < self->n_cols; c++)
    {
      lines.s[c] = _livc_report_fill (livc_report_text (id, self->langs[c]), keys,
                                      (const char * const *) values + c * g_strv_length (
                                        (char **) keys));
      texts[c] = lines.s[c];
    }
  return _livc_report_add_texts (self, style, texts);
}

/* "The cell scores 48%: stage Reactivating, which starts at 25%. The next stage, …" */
static void
add_stage (LivcReport *self)
{
  const LivcDomainScore *overall = livc_score_set_get_overall (self->scores);
  LivcStage *next = next_stage (self, overall->stage);
  static const char *keys[] = { "score", "stage", "min", "next", NULL };
  char *values[MAX_COLS * 4] = { NULL };

  for (guint c = 0; c < self->n_cols; c++)
    {
      const char *lang = self->langs[c];
      g_autofree char *next_min = next != NULL ? livc_format_percent (livc_stage_get_min (next),
                                                                      lang) : NULL;
      static const char *next_keys[] = { "stage", "min", NULL };
      const char *next_values[] = { next != NULL ? stage_text (self, next, lang) : "", next_min };

      values[c * 4] = livc_format_percent (overall->score, lang);
      values[c * 4 + 1] = g_strdup (stage_text (self, overall->stage, lang));
      values[c * 4 + 2] = overall->stage != NULL
                            ? livc_format_percent (livc_stage_get_min (overall->stage), lang)
                            : g_strdup ("—");
      values[c * 4 + 3] = next != NULL ? _livc_report_fill (livc_report_text ("exec-next", lang),
                                                            next_keys, next_values)
                                       : g_strdup ("");
    }
  add_filled (self, LIVC_STYLE_BOLD, isnan (overall->score) ? "exec-no-score" : "exec-stage",
              keys, values);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_free (values[i]);
  if (overall->stage != NULL && !livc_text_is_empty (livc_stage_get_description (overall->stage)))
    _livc_report_add_q_text (self, LIVC_STYLE_BODY,
                             livc_stage_get_description (overall->stage))->space = 4;
}

/* The legal obligations not met, first: "• 1.1 statement — 2 — Ad hoc". */
static void
add_alerts (LivcReport *self)
{
  gboolean any = FALSE;

  _livc_report_add_label (self, LIVC_STYLE_H2, "alerts")->space = 12;
  for (guint i = 0; i < livc_score_set_get_n_items (self->scores); i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (self->scores, i);
      LivcBlock *b;

      if (!is->alert)
        continue;
      any = TRUE;
      b = _livc_report_add_item (self, LIVC_STYLE_BODY, is->item);
      b->space = 2;
      for (guint c = 0; c < self->n_cols; c++)
        {
          char *t = g_strdup_printf ("• %s", b->text[c]);

          g_free (b->text[c]);
          b->text[c] = t;
        }
    }
  if (!any)
    _livc_report_add_label (self, LIVC_STYLE_BODY, "no-alerts");
}

/* The strongest and the weakest domain, a sentence each. */
static void
add_extremes (LivcReport *self)
{
  guint n = livc_score_set_get_n_domains (self->scores);
  const LivcDomainScore *best = NULL, *worst = NULL;
  static const char *keys[] = { "domain", "score", "stage", NULL };

  for (guint d = 0; d < n; d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);

      if (isnan (ds->score))
        continue;
      if (best == NULL || ds->score > best->score)
        best = ds;
      if (worst == NULL || ds->score < worst->score)
        worst = ds;
    }
  if (best == NULL || best == worst)
    return;
  _livc_report_add_label (self, LIVC_STYLE_H2, "exec-domains")->space = 12;
  for (guint k = 0; k < 2; k++)
    {
      const LivcDomainScore *ds = k == 0 ? best : worst;
      char *values[MAX_COLS * 3] = { NULL };

      for (guint c = 0; c < self->n_cols; c++)
        {
          values[c * 3] = g_strdup (_livc_report_q_lookup (self,
                                                           livc_domain_get_title (ds->domain),
                                                           self->langs[c]));
          values[c * 3 + 1] = livc_format_percent (ds->score, self->langs[c]);
          values[c * 3 + 2] = g_strdup (stage_text (self, ds->stage, self->langs[c]));
        }
      add_filled (self, LIVC_STYLE_BODY, k == 0 ? "exec-strongest" : "exec-weakest", keys,
                  values)->space = 2;
      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        g_free (values[i]);
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->legal != y->legal)
    return x->legal ? -1 : 1;
  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The start of a recommendation: its first sentence, or its first two when the first is
 * short (a diagnosis, with the advice after it). */
static char *
first_sentence (const char *text)
{
  const char *end = NULL;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if ((p[0] == '.' || p[0] == '!' || p[0] == '?') && (p[1] == ' ' || p[1] == '\0'))
      {
        end = p + 1;
        if (end - text >= 80 || p[1] == '\0')
          break;
      }
  return end != NULL ? g_strndup (text, end - text) : g_strdup (text != NULL ? text : "");
}

/* The three recommendations to act on first: those on a legal obligation in alert, then by
 * the domain's weight times its distance to the next stage. */
static void
add_priorities (LivcReport *self)
{
  GPtrArray *recs = livc_score_set_get_recommendations (self->scores);
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));

  for (guint i = 0; i < recs->len; i++)
    {
      LivcRecommendation *rec = g_ptr_array_index (recs, i);
      LivcDomain *domain = livc_recommendation_get_domain (rec);
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores,
                                                             livc_domain_get_index (domain));
      LivcStage *next = next_stage (self, ds->stage);
      Candidate c = { rec, NULL, FALSE, 0, i };

      if (livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_ITEM)
        {
          const LivcItemScore *is =
            livc_score_set_find_item (self->scores, livc_recommendation_get_item_id (rec));

          c.item = is != NULL ? is->item : NULL;
          c.legal = is != NULL && is->alert;
        }
      if (!isnan (ds->score))
        c.weight = livc_domain_get_weight (domain) *
                   ((next != NULL ? livc_stage_get_min (next) : 100) - ds->score);
      g_array_append_val (candidates, c);
    }
  g_array_sort (candidates, compare_candidates);

  _livc_report_add_label (self, LIVC_STYLE_H2, "exec-priorities")->space = 12;
  if (candidates->len == 0)
    _livc_report_add_label (self, LIVC_STYLE_BODY, "no-recommendations");
  for (guint k = 0; k < MIN (candidates->len, N_PRIORITIES); k++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, k);
      LivcDomain *domain = livc_recommendation_get_domain (c->rec);
      g_autofree char *number = c->item != NULL ? livc_item_dup_number (c->item) : NULL;
      g_auto(LivcStrings) lines = { { NULL } };
      const char *texts[MAX_COLS] = { NULL };

      for (guint col = 0; col < self->n_cols; col++)
        {
          const char *lang = self->langs[col];
          g_autofree char *sentence = first_sentence (
            _livc_report_q_lookup (self, livc_recommendation_get_text (c->rec), lang));
          const char *title = _livc_report_q_lookup (self, livc_domain_get_title (domain), lang);

          g_autofree char *n = g_strdup_printf ("%u", k + 1);
          g_autofree char *item = number != NULL ? g_strdup_printf (" (%s)", number)
                                                 : g_strdup ("");
          static const char *keys[] = { "n", "domain", "item", "text", NULL };
          const char *values[] = { n, title, item, sentence };

          lines.s[col] = _livc_report_fill (livc_report_text ("exec-priority", lang), keys,
                                            values);
          texts[col] = lines.s[col];
        }
      _livc_report_add_texts (self, LIVC_STYLE_BODY, texts)->space = 3;
    }
}

/* "Completeness 95%: 41 of 43 items are rated." and the items still to discuss. */
static void
add_completeness (LivcReport *self)
{
  const LivcDomainScore *overall = livc_score_set_get_overall (self->scores);
  static const char *keys[] = { "percent", "rated", "items", "discuss", NULL };
  char *values[MAX_COLS * 4] = { NULL };

  for (guint c = 0; c < self->n_cols; c++)
    {
      double complete = 100 * livc_score_set_get_completeness (self->scores);

      values[c * 4] = livc_format_percent (complete, self->langs[c]);
      values[c * 4 + 1] = g_strdup_printf ("%u", overall->rated);
      values[c * 4 + 2] = g_strdup_printf ("%u", overall->items);
      values[c * 4 + 3] = g_strdup_printf ("%u", overall->to_discuss);
    }
  _livc_report_add_label (self, LIVC_STYLE_H2, "exec-progress")->space = 12;
  add_filled (self, LIVC_STYLE_BODY, "exec-completeness", keys, values);
  add_filled (self, LIVC_STYLE_BODY, "exec-to-discuss", keys, values)->space = 2;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_free (values[i]);
}

/* The score of domain (of the current questionnaire) in the earlier assessment, matched by
 * the domain's id; NAN when it has none. */
static double
previous_score (LivcReport *self,
                LivcDomain *domain)
{
  LivcQuestionnaire *q = livc_score_set_get_questionnaire (self->previous);
  LivcDomain *then = livc_questionnaire_find_domain (q, livc_domain_get_id (domain));

  if (then == NULL)
    return NAN;
  return livc_score_set_get_domain (self->previous, livc_domain_get_index (then))->score;
}

/* "{before} → {after} ({change})" in every column, filled into template id. */
static void
add_move (LivcReport         *self,
          const char         *id,
          const LivcText     *title,
          double              before,
          double              after,
          LivcStage          *stage_before,
          LivcStage          *stage_after)
{
  static const char *keys[] = { "domain", "before", "after", "change", "stage_before",
                                "stage_after", NULL };
  char *values[MAX_COLS * 6] = { NULL };

  for (guint c = 0; c < self->n_cols; c++)
    {
      const char *lang = self->langs[c];

      values[c * 6] = g_strdup (title != NULL ? _livc_report_q_lookup (self, title, lang) : "");
      values[c * 6 + 1] = livc_format_percent (before, lang);
      values[c * 6 + 2] = livc_format_percent (after, lang);
      /* The change of the percentages as printed, so that the three numbers add up. */
      values[c * 6 + 3] = _livc_report_format_change (livc_round_half_away (after, 0) -
                                                      livc_round_half_away (before, 0));
      values[c * 6 + 4] = g_strdup (stage_text (self, stage_before, lang));
      values[c * 6 + 5] = g_strdup (stage_text (self, stage_after, lang));
    }
  add_filled (self, LIVC_STYLE_BODY, id, keys, values)->space = 2;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_free (values[i]);
}

/* A domain's move since the earlier assessment. */
typedef struct
{
  guint domain;
  double delta;
} Move;

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  double x = fabs (((const Move *) a)->delta), y = fabs (((const Move *) b)->delta);

  return x > y ? -1 : x < y;
}

static LivcAction *
find_action (LivcAssessment *a,
             const char     *id)
{
  GListModel *actions = livc_assessment_get_actions (a);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (livc_action_get_id (action), id) == 0)
        return action; /* the assessment holds it */
    }
  return NULL;
}

/* The earlier action plan: each of its actions as the current file has it now (or as it
 * was, when it is no longer there), counted by status, and how many are overdue. */
static void
add_earlier_plan (LivcReport *self)
{
  LivcAssessment *now = livc_score_set_get_assessment (self->scores);
  GListModel *then = livc_assessment_get_actions (livc_score_set_get_assessment (self->previous));
  const char *date = livc_assessment_get_date (now);
  static const char *keys[] = { "total", "done", "doing", "open", "dropped", "overdue", NULL };
  guint counts[6] = { 0 };
  char *values[MAX_COLS * 6] = { NULL };

  counts[0] = g_list_model_get_n_items (then);
  if (counts[0] == 0)
    return;
  for (guint i = 0; i < counts[0]; i++)
    {
      g_autoptr(LivcAction) earlier = g_list_model_get_item (then, i);
      LivcAction *action = find_action (now, livc_action_get_id (earlier));
      LivcAction *which = action != NULL ? action : earlier;
      LivcActionStatus status = livc_action_get_status (which);
      const char *due = livc_action_get_due (which);

      counts[status == LIVC_ACTION_DONE ? 1 : status == LIVC_ACTION_DOING ? 2
             : status == LIVC_ACTION_OPEN ? 3 : 4]++;
      if ((status == LIVC_ACTION_OPEN || status == LIVC_ACTION_DOING) &&
          livc_date_is_valid (due) && livc_date_is_valid (date) && strcmp (due, date) < 0)
        counts[5]++;
    }
  for (guint c = 0; c < self->n_cols; c++)
    for (guint k = 0; k < 6; k++)
      values[c * 6 + k] = g_strdup_printf ("%u", counts[k]);
  add_filled (self, LIVC_STYLE_BODY, "exec-earlier-plan", keys, values)->space = 4;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_free (values[i]);
}

#define MOVES_SHOWN 3

/* What moved since the earlier assessment: the overall score and stage, the domains that
 * moved most, and the earlier action plan's progress. */
static void
add_since (LivcReport *self)
{
  const LivcDomainScore *now = livc_score_set_get_overall (self->scores);
  const LivcDomainScore *then = livc_score_set_get_overall (self->previous);
  const char *date = livc_assessment_get_date (livc_score_set_get_assessment (self->previous));
  guint n = livc_score_set_get_n_domains (self->scores);
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (Move));
  g_auto(LivcStrings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };

  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *when = livc_format_date (date, self->langs[c]);
      static const char *keys[] = { "date", NULL };
      const char *values[] = { when };

      lines.s[c] = _livc_report_fill (livc_report_text ("exec-since", self->langs[c]), keys,
                                      values);
      texts[c] = lines.s[c];
    }
  _livc_report_add_texts (self, LIVC_STYLE_H2, texts)->space = 12;
  add_move (self, "exec-since-overall", NULL, then->score, now->score, then->stage,
            now->stage);
  for (guint d = 0; d < n; d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);
      Move move = { d, ds->score - previous_score (self, ds->domain) };

      if (!isnan (move.delta) && fabs (move.delta) >= 0.5)
        g_array_append_val (moves, move);
    }
  g_array_sort (moves, compare_moves);
  for (guint k = 0; k < MIN (moves->len, MOVES_SHOWN); k++)
    {
      const Move *move = &g_array_index (moves, Move, k);
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, move->domain);

      add_move (self, "exec-since-domain", livc_domain_get_title (ds->domain),
                previous_score (self, ds->domain), ds->score, NULL, NULL);
    }
  add_earlier_plan (self);
}

/* The executive summary, on a page of its own after the cover. */
void
_livc_report_build_executive (LivcReport *self)
{
  _livc_report_add_heading (self, LIVC_STYLE_H1, "exec-title", NULL, 1);
  add_stage (self);
  add_alerts (self);
  add_extremes (self);
  add_priorities (self);
  add_completeness (self);
  if (self->previous != NULL)
    add_since (self);
  _livc_report_add_block (self, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
}
