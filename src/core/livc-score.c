/* livc-score.c: effective ratings (lower median), item, domain and overall scores,
 * stages, completeness, compliance alerts, disagreement, and the recommendations that
 * apply: the scoring section of the format, to the letter.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "livc-score.h"

struct _LivcScoreSet
{
  GObject            parent_instance;
  LivcQuestionnaire *questionnaire;
  LivcAssessment    *assessment;
  GArray            *items;   /* LivcItemScore, questionnaire order */
  GArray            *domains; /* LivcDomainScore */
  GArray            *instance_items;   /* LivcItemScore, per item of a repeated domain and
                                        * instance, item by item */
  GArray            *instance_domains; /* LivcDomainScore, per repeated domain and instance */
  GArray            *item_base;        /* guint per item: its first instance score */
  GArray            *domain_base;      /* guint per domain: its first instance row */
  LivcDomainScore    overall;
  double             completeness;
  GPtrArray         *recommendations; /* LivcRecommendation*, owned */
};

G_DEFINE_FINAL_TYPE (LivcScoreSet, livc_score_set, G_TYPE_OBJECT)

static void
livc_score_set_dispose (GObject *object)
{
  LivcScoreSet *self = LIVC_SCORE_SET (object);

  g_clear_object (&self->questionnaire);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->recommendations, g_ptr_array_unref);
  G_OBJECT_CLASS (livc_score_set_parent_class)->dispose (object);
}

static void
livc_score_set_finalize (GObject *object)
{
  LivcScoreSet *self = LIVC_SCORE_SET (object);

  g_array_unref (self->items);
  g_array_unref (self->domains);
  g_array_unref (self->instance_items);
  g_array_unref (self->instance_domains);
  g_array_unref (self->item_base);
  g_array_unref (self->domain_base);
  G_OBJECT_CLASS (livc_score_set_parent_class)->finalize (object);
}

static void
livc_score_set_class_init (LivcScoreSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = livc_score_set_dispose;
  object_class->finalize = livc_score_set_finalize;
}

static void
livc_score_set_init (LivcScoreSet *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (LivcItemScore));
  self->domains = g_array_new (FALSE, TRUE, sizeof (LivcDomainScore));
  self->instance_items = g_array_new (FALSE, TRUE, sizeof (LivcItemScore));
  self->instance_domains = g_array_new (FALSE, TRUE, sizeof (LivcDomainScore));
  self->item_base = g_array_new (FALSE, TRUE, sizeof (guint));
  self->domain_base = g_array_new (FALSE, TRUE, sizeof (guint));
  self->recommendations = g_ptr_array_new_with_free_func (g_object_unref);
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/* The answer's value if present; else the lower median of the participants' level
 * ratings; else na when every rating is na; else unanswered. */
int
livc_effective_rating (LivcAnswer *answer)
{
  g_autofree int *levels = NULL;
  guint n_ratings, n_levels = 0, n_na = 0;

  if (answer == NULL)
    return LIVC_VALUE_NONE;
  if (livc_answer_get_value (answer) != LIVC_VALUE_NONE)
    return livc_answer_get_value (answer);

  n_ratings = livc_answer_get_n_ratings (answer);
  if (n_ratings == 0)
    return LIVC_VALUE_NONE;
  levels = g_new (int, n_ratings);
  for (guint i = 0; i < n_ratings; i++)
    {
      int v = livc_answer_get_rating (answer, i)->value;

      if (LIVC_VALUE_IS_LEVEL (v))
        levels[n_levels++] = v;
      else if (v == LIVC_VALUE_NA)
        n_na++;
    }
  if (n_levels > 0)
    {
      qsort (levels, n_levels, sizeof (int), compare_int);
      return levels[(n_levels - 1) / 2];
    }
  if (n_na == n_ratings)
    return LIVC_VALUE_NA;
  return LIVC_VALUE_NONE;
}

static void
score_item (LivcItemScore *is,
            LivcItem      *item,
            LivcAnswer    *answer)
{
  LivcScale *scale = livc_item_get_scale (item);
  int lo = -1, hi = -1;

  is->item = item;
  is->effective = livc_effective_rating (answer);
  is->rated = LIVC_VALUE_IS_LEVEL (is->effective) &&
              livc_scale_find_level (scale, is->effective) >= 0;
  is->answered = is->effective != LIVC_VALUE_NONE;
  is->score = is->rated ? livc_scale_normalize (scale, is->effective) : NAN;
  is->disagreement = -1;

  /* Disagreement counts levels of the scale, so that a 0–10–20 scale disagrees by 2
   * levels when ratings span 0 to 20. On scales of consecutive integers this is max − min
   * of the values. */
  if (answer != NULL)
    for (guint i = 0; i < livc_answer_get_n_ratings (answer); i++)
      {
        int v = livc_answer_get_rating (answer, i)->value;
        int index = LIVC_VALUE_IS_LEVEL (v) ? livc_scale_find_level (scale, v) : -1;

        if (index < 0)
          continue;
        if (is->n_ratings == 0 || index < lo)
          {
            lo = index;
            is->min_rating = v;
          }
        if (is->n_ratings == 0 || index > hi)
          {
            hi = index;
            is->max_rating = v;
          }
        is->n_ratings++;
      }
  if (is->n_ratings >= 2)
    is->disagreement = hi - lo;
  is->to_discuss = is->disagreement >= 2;

  if (livc_item_get_basis (item) == LIVC_BASIS_LEGAL)
    is->alert = (is->rated && is->score < 0.5) || is->effective == LIVC_VALUE_UNKNOWN ||
                is->effective == LIVC_VALUE_NONE;
}

static void
add_counts (LivcDomainScore       *total,
            const LivcDomainScore *part)
{
  total->rated += part->rated;
  total->answered += part->answered;
  total->items += part->items;
  total->alerts += part->alerts;
  total->to_discuss += part->to_discuss;
}

static void
add_item_counts (LivcDomainScore     *ds,
                 const LivcItemScore *is)
{
  ds->rated += is->rated;
  ds->answered += is->answered;
  ds->items++;
  ds->alerts += is->alert;
  ds->to_discuss += is->to_discuss;
}

/* The score of one instance of a repeated domain, with the item recommendation's test: is
 * any instance's rating of the item below the bound? */
static LivcItemScore *
instance_item (LivcScoreSet *self,
               LivcItem     *item,
               guint         instance)
{
  guint base = g_array_index (self->item_base, guint, livc_item_get_index (item));

  return &g_array_index (self->instance_items, LivcItemScore, base + instance);
}

static gboolean
item_below (LivcScoreSet *self,
            LivcItem     *item,
            double        below)
{
  LivcDomain *domain = livc_item_get_domain (item);
  guint n = livc_domain_get_n_instances (domain);

  if (n == 0)
    {
      const LivcItemScore *is = livc_score_set_find_item (self, livc_item_get_id (item));
      return is->rated && is->effective < below;
    }
  for (guint j = 0; j < n; j++)
    {
      const LivcItemScore *is = instance_item (self, item, j);

      if (is->rated && is->effective < below)
        return TRUE;
    }
  return FALSE;
}

static void
add_recommendations (LivcScoreSet          *self,
                     const LivcDomainScore *ds)
{
  GListModel *recs = livc_domain_get_recommendations (ds->domain);
  guint n = g_list_model_get_n_items (recs);

  if (ds->state != LIVC_DOMAIN_ASKED)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcRecommendation) rec = g_list_model_get_item (recs, i);
      gboolean applies = FALSE;

      if (livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_BAND)
        applies = !isnan (ds->score) && livc_recommendation_get_min (rec) <= ds->score &&
                  ds->score <= livc_recommendation_get_max (rec);
      else
        {
          LivcItem *item = livc_questionnaire_find_item (self->questionnaire,
                                                         livc_recommendation_get_item_id (rec));
          applies = item != NULL && item_below (self, item, livc_recommendation_get_below (rec));
        }
      if (applies)
        g_ptr_array_add (self->recommendations, g_steal_pointer (&rec));
    }
}

/* Whether a conditional domain is asked, from its gating item's effective rating. */
static LivcDomainState
domain_state (LivcScoreSet *self,
              LivcDomain   *domain,
              int          *gate_value)
{
  LivcItem *gate = livc_domain_get_when_item (domain);
  const LivcItemScore *is;

  *gate_value = LIVC_VALUE_NONE;
  if (gate == NULL)
    return LIVC_DOMAIN_ASKED;
  is = &g_array_index (self->items, LivcItemScore, livc_item_get_index (gate));
  *gate_value = is->effective;
  if (is->rated)
    return is->effective >= livc_domain_get_when_min (domain) ? LIVC_DOMAIN_ASKED
                                                              : LIVC_DOMAIN_GATE_NOT_MET;
  return is->effective == LIVC_VALUE_NA ? LIVC_DOMAIN_GATE_NOT_MET
                                        : LIVC_DOMAIN_GATE_UNANSWERED;
}

/* A domain that is not asked raises no alert and puts nothing on the agenda. */
static void
silence (LivcItemScore *is)
{
  is->alert = FALSE;
  is->to_discuss = FALSE;
}

/* One row: the items of a domain asked once, or of one instance of a repeated domain.
 * Returns the score, NAN when no item of weight > 0 is rated. */
static double
score_row (LivcScoreSet    *self,
           LivcDomainScore *row,
           GListModel      *items,
           int              instance)
{
  guint n = g_list_model_get_n_items (items);
  double sum_ws = 0, sum_wi = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
      LivcItemScore *is = instance < 0
                          ? &g_array_index (self->items, LivcItemScore, livc_item_get_index (item))
                          : instance_item (self, item, instance);
      double w = livc_item_get_weight (item);

      if (row->state != LIVC_DOMAIN_ASKED)
        silence (is);
      add_item_counts (row, is);
      if (is->rated && w > 0)
        {
          sum_ws += w * is->score;
          sum_wi += w;
        }
    }
  return sum_wi > 0 ? 100.0 * sum_ws / sum_wi : NAN;
}

static void
score_domain (LivcScoreSet    *self,
              LivcDomainScore *ds,
              LivcDomain      *domain)
{
  GListModel *items = livc_domain_get_items (domain);
  guint n_instances = livc_domain_get_n_instances (domain);
  guint base = g_array_index (self->domain_base, guint, livc_domain_get_index (domain));
  double sum = 0;
  guint n_scored = 0;

  ds->domain = domain;
  ds->state = domain_state (self, domain, &ds->gate_value);
  if (n_instances == 0)
    ds->score = score_row (self, ds, items, -1);
  else
    {
      /* A repeated domain scores the mean of its instances' scores; an instance without
       * a score is left out, as a domain without a score is from the overall score. */
      for (guint j = 0; j < n_instances; j++)
        {
          LivcDomainScore *row = &g_array_index (self->instance_domains, LivcDomainScore,
                                                 base + j);

          row->domain = domain;
          row->instance = livc_domain_get_instance (domain, j);
          row->state = ds->state;
          row->gate_value = ds->gate_value;
          row->score = score_row (self, row, items, j);
          if (row->state != LIVC_DOMAIN_ASKED)
            row->score = NAN;
          row->stage = livc_questionnaire_stage_for_score (self->questionnaire, row->score);
          add_counts (ds, row);
          if (!isnan (row->score))
            {
              sum += row->score;
              n_scored++;
            }
        }
      ds->score = n_scored > 0 ? sum / n_scored : NAN;
      /* The items asked once per instance: their plain scores stand for nothing. */
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
          silence (&g_array_index (self->items, LivcItemScore, livc_item_get_index (item)));
        }
    }
  if (ds->state != LIVC_DOMAIN_ASKED)
    {
      /* Not asked: no score, and none of its answers counts anywhere. */
      ds->score = NAN;
      ds->rated = ds->answered = ds->alerts = ds->to_discuss = 0;
    }
  ds->stage = livc_questionnaire_stage_for_score (self->questionnaire, ds->score);
}

/* Sizes the per-instance arrays once, so that pointers into them stay valid. */
static void
lay_out_instances (LivcScoreSet *self)
{
  GListModel *domains = livc_questionnaire_get_domains (self->questionnaire);
  guint n_domains = g_list_model_get_n_items (domains);
  guint n_items = livc_questionnaire_get_n_items (self->questionnaire);
  guint n_instance_items = 0, n_rows = 0;

  g_array_set_size (self->item_base, n_items);
  g_array_set_size (self->domain_base, n_domains);
  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GListModel *items = livc_domain_get_items (domain);
      guint k = livc_domain_get_n_instances (domain);

      g_array_index (self->domain_base, guint, d) = n_rows;
      n_rows += k;
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, i);

          g_array_index (self->item_base, guint, livc_item_get_index (item)) = n_instance_items;
          n_instance_items += k;
        }
    }
  g_array_set_size (self->instance_items, n_instance_items);
  g_array_set_size (self->instance_domains, n_rows);
}

LivcScoreSet *
livc_score_set_new (LivcQuestionnaire *questionnaire,
                    LivcAssessment    *assessment)
{
  LivcScoreSet *self;
  GListModel *domains;
  guint n_domains, n_items;
  double sum_wd = 0, sum_w = 0;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), NULL);
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (LIVC_TYPE_SCORE_SET, NULL);
  self->questionnaire = g_object_ref (questionnaire);
  self->assessment = g_object_ref (assessment);
  lay_out_instances (self);

  n_items = livc_questionnaire_get_n_items (questionnaire);
  g_array_set_size (self->items, n_items);
  for (guint i = 0; i < n_items; i++)
    {
      LivcItem *item = livc_questionnaire_get_item (questionnaire, i);
      LivcDomain *domain = livc_item_get_domain (item);
      const char *id = livc_item_get_id (item);

      score_item (&g_array_index (self->items, LivcItemScore, i), item,
                  livc_assessment_find_answer (assessment, id));
      for (guint j = 0; j < livc_domain_get_n_instances (domain); j++)
        {
          LivcItemScore *is = instance_item (self, item, j);
          const char *instance = livc_domain_get_instance (domain, j)->id;

          score_item (is, item, livc_assessment_find_instance_answer (assessment, id, instance));
          is->instance = instance;
        }
    }

  domains = livc_questionnaire_get_domains (questionnaire);
  n_domains = g_list_model_get_n_items (domains);
  g_array_set_size (self->domains, n_domains);
  for (guint d = 0; d < n_domains; d++)
    {
      LivcDomainScore *ds = &g_array_index (self->domains, LivcDomainScore, d);
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);

      score_domain (self, ds, domain);
      if (ds->state != LIVC_DOMAIN_ASKED)
        continue;
      if (!isnan (ds->score))
        {
          sum_wd += livc_domain_get_weight (domain) * ds->score;
          sum_w += livc_domain_get_weight (domain);
        }
      add_counts (&self->overall, ds);
    }
  self->overall.score = sum_w > 0 ? sum_wd / sum_w : NAN;
  self->overall.stage = livc_questionnaire_stage_for_score (questionnaire, self->overall.score);
  /* Items with an effective rating ÷ items asked, an item of a repeated domain counting
   * once per instance. */
  self->completeness = self->overall.items > 0
                       ? (double) self->overall.answered / self->overall.items : 0;

  for (guint d = 0; d < n_domains; d++)
    add_recommendations (self, &g_array_index (self->domains, LivcDomainScore, d));
  return self;
}

LivcQuestionnaire *
livc_score_set_get_questionnaire (LivcScoreSet *self)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);
  return self->questionnaire;
}

LivcAssessment *
livc_score_set_get_assessment (LivcScoreSet *self)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);
  return self->assessment;
}

guint
livc_score_set_get_n_domains (LivcScoreSet *self)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), 0);
  return self->domains->len;
}

const LivcDomainScore *
livc_score_set_get_domain (LivcScoreSet *self,
                           guint         index)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);
  g_return_val_if_fail (index < self->domains->len, NULL);
  return &g_array_index (self->domains, LivcDomainScore, index);
}

const LivcDomainScore *
livc_score_set_get_overall (LivcScoreSet *self)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);
  return &self->overall;
}

guint
livc_score_set_get_n_items (LivcScoreSet *self)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), 0);
  return self->items->len;
}

const LivcItemScore *
livc_score_set_get_item (LivcScoreSet *self,
                         guint         index)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, LivcItemScore, index);
}

const LivcItemScore *
livc_score_set_find_item (LivcScoreSet *self,
                          const char   *item_id)
{
  LivcItem *item;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);

  item = livc_questionnaire_find_item (self->questionnaire, item_id);
  if (item == NULL)
    return NULL;
  return &g_array_index (self->items, LivcItemScore, livc_item_get_index (item));
}

/* The score of ITEM_ID for one instance of its repeated domain, or NULL. */
const LivcItemScore *
livc_score_set_find_instance_item (LivcScoreSet *self,
                                   const char   *item_id,
                                   const char   *instance_id)
{
  LivcItem *item;
  int j;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);

  item = livc_questionnaire_find_item (self->questionnaire, item_id);
  if (item == NULL)
    return NULL;
  j = livc_domain_find_instance (livc_item_get_domain (item), instance_id);
  return j >= 0 ? instance_item (self, item, j) : NULL;
}

/* The row of one instance of a repeated domain: its score, stage and counts. */
const LivcDomainScore *
livc_score_set_get_instance (LivcScoreSet *self,
                             guint         domain_index,
                             guint         instance_index)
{
  const LivcDomainScore *ds;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);
  g_return_val_if_fail (domain_index < self->domains->len, NULL);

  ds = &g_array_index (self->domains, LivcDomainScore, domain_index);
  g_return_val_if_fail (instance_index < livc_domain_get_n_instances (ds->domain), NULL);
  return &g_array_index (self->instance_domains, LivcDomainScore,
                         g_array_index (self->domain_base, guint, domain_index) +
                         instance_index);
}

/* Items with any effective rating (level, na or unknown) ÷ all items asked. */
double
livc_score_set_get_completeness (LivcScoreSet *self)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), 0);
  return self->completeness;
}

/* The recommendations that apply, domain by domain in file order. */
GPtrArray *
livc_score_set_get_recommendations (LivcScoreSet *self)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);
  return self->recommendations;
}

static int
compare_agenda (gconstpointer a,
                gconstpointer b)
{
  const LivcItemScore *x = *(const LivcItemScore * const *) a;
  const LivcItemScore *y = *(const LivcItemScore * const *) b;
  guint dx = livc_domain_get_index (livc_item_get_domain (x->item));
  guint dy = livc_domain_get_index (livc_item_get_domain (y->item));

  if (dx != dy)
    return dx < dy ? -1 : 1;
  if (x->disagreement != y->disagreement)
    return x->disagreement > y->disagreement ? -1 : 1;
  if (x->item != y->item)
    return livc_item_get_index (x->item) < livc_item_get_index (y->item) ? -1 : 1;
  if (x->instance == NULL || y->instance == NULL)
    return (x->instance != NULL) - (y->instance != NULL);
  return livc_domain_find_instance (livc_item_get_domain (x->item), x->instance) -
         livc_domain_find_instance (livc_item_get_domain (y->item), y->instance);
}

/* The team's discussion agenda: the items to discuss, domain by domain, the widest spread
 * of ratings first and questionnaire order among equals. The array holds pointers into
 * the score set, which must outlive it. */
GPtrArray *
livc_score_set_dup_agenda (LivcScoreSet *self)
{
  GPtrArray *agenda;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (self), NULL);

  agenda = g_ptr_array_new ();
  for (guint i = 0; i < self->items->len; i++)
    {
      LivcItemScore *is = &g_array_index (self->items, LivcItemScore, i);

      if (is->to_discuss)
        g_ptr_array_add (agenda, is);
    }
  for (guint i = 0; i < self->instance_items->len; i++)
    {
      LivcItemScore *is = &g_array_index (self->instance_items, LivcItemScore, i);

      if (is->to_discuss)
        g_ptr_array_add (agenda, is);
    }
  g_ptr_array_sort (agenda, compare_agenda);
  return agenda;
}
