/* livc-comparison.c: several scored assessments side by side. Assessments may answer
 * different versions of one questionnaire: the newest version is the reference, and
 * domains and items are matched by id, so nothing added or removed is silently dropped.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "livc-comparison.h"

typedef struct
{
  LivcScoreSet *scores;
  char         *label;
} Member;

struct _LivcComparison
{
  GObject            parent_instance;
  GArray            *members;       /* Member */
  LivcQuestionnaire *reference;     /* the newest version among the members' */
  GPtrArray         *domains;       /* the reference's LivcDomain* */
  guint              highlight;
  double            *matrix;        /* n × domains, NAN for no score; NULL when stale */
};

G_DEFINE_FINAL_TYPE (LivcComparison, livc_comparison, G_TYPE_OBJECT)

G_DEFINE_QUARK (livc-comparison-error-quark, livc_comparison_error)

static void
member_clear (gpointer data)
{
  Member *m = data;

  g_clear_object (&m->scores);
  g_clear_pointer (&m->label, g_free);
}

static void
livc_comparison_finalize (GObject *object)
{
  LivcComparison *self = LIVC_COMPARISON (object);

  g_array_unref (self->members);
  g_clear_object (&self->reference);
  g_ptr_array_unref (self->domains);
  g_free (self->matrix);
  G_OBJECT_CLASS (livc_comparison_parent_class)->finalize (object);
}

static void
livc_comparison_class_init (LivcComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_comparison_finalize;
}

static void
livc_comparison_init (LivcComparison *self)
{
  self->members = g_array_new (FALSE, TRUE, sizeof (Member));
  g_array_set_clear_func (self->members, member_clear);
  self->domains = g_ptr_array_new_with_free_func (g_object_unref);
}

LivcComparison *
livc_comparison_new (void)
{
  return g_object_new (LIVC_TYPE_COMPARISON, NULL);
}

/* Adds one scored assessment; label names it in messages (usually its file). Refuses an
 * assessment of another questionnaire than those already added. */
gboolean
livc_comparison_add (LivcComparison *self,
                     LivcScoreSet   *scores,
                     const char     *label,
                     GError        **error)
{
  LivcQuestionnaire *q;
  Member m = { 0 };

  g_return_val_if_fail (LIVC_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (LIVC_IS_SCORE_SET (scores), FALSE);

  q = livc_score_set_get_questionnaire (scores);
  if (self->reference != NULL &&
      g_strcmp0 (livc_questionnaire_get_id (q), livc_questionnaire_get_id (self->reference)) != 0)
    {
      const Member *first = &g_array_index (self->members, Member, 0);

      /* Both files are named: with many inputs, the user must see which two disagree. */
      g_set_error (error, LIVC_COMPARISON_ERROR, LIVC_COMPARISON_ERROR_QUESTIONNAIRE,
                   _("this assessment answers the questionnaire “%s”, but %s answers “%s”; "
                     "only assessments of one questionnaire can be compared"),
                   livc_questionnaire_get_id (q), first->label,
                   livc_questionnaire_get_id (self->reference));
      return FALSE;
    }
  if (self->reference == NULL ||
      livc_version_compare (livc_questionnaire_get_version (q),
                            livc_questionnaire_get_version (self->reference)) > 0)
    {
      GListModel *domains = livc_questionnaire_get_domains (q);

      g_set_object (&self->reference, q);
      g_ptr_array_set_size (self->domains, 0);
      for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
        g_ptr_array_add (self->domains, g_list_model_get_item (domains, d));
    }

  m.scores = g_object_ref (scores);
  m.label = g_strdup (label ? label : "");
  g_array_append_val (self->members, m);
  g_clear_pointer (&self->matrix, g_free);
  return TRUE;
}

guint
livc_comparison_get_n (LivcComparison *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), 0);
  return self->members->len;
}

LivcScoreSet *
livc_comparison_get_scores (LivcComparison *self,
                            guint           index)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->members->len, NULL);
  return g_array_index (self->members, Member, index).scores;
}

const char *
livc_comparison_get_label (LivcComparison *self,
                           guint           index)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->members->len, NULL);
  return g_array_index (self->members, Member, index).label;
}

/* The reference questionnaire: the newest version among the assessments'. */
LivcQuestionnaire *
livc_comparison_get_questionnaire (LivcComparison *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), NULL);
  return self->reference;
}

guint
livc_comparison_get_n_domains (LivcComparison *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), 0);
  return self->domains->len;
}

/* A domain of the reference questionnaire (borrowed). */
LivcDomain *
livc_comparison_get_domain (LivcComparison *self,
                            guint           domain)
{
  g_return_val_if_fail (domain < livc_comparison_get_n_domains (self), NULL);
  return g_ptr_array_index (self->domains, domain);
}

static const double *
matrix (LivcComparison *self)
{
  guint n_domains = livc_comparison_get_n_domains (self);

  if (self->matrix != NULL)
    return self->matrix;

  self->matrix = g_new (double, MAX (1, self->members->len * n_domains));
  for (guint i = 0; i < self->members->len; i++)
    {
      LivcScoreSet *scores = g_array_index (self->members, Member, i).scores;
      gboolean same = livc_score_set_get_questionnaire (scores) == self->reference;

      for (guint d = 0; d < n_domains; d++)
        {
          const char *id = livc_domain_get_id (livc_comparison_get_domain (self, d));
          double value = NAN;

          if (same)
            value = livc_score_set_get_domain (scores, d)->score;
          else
            for (guint k = 0; k < livc_score_set_get_n_domains (scores); k++)
              {
                const LivcDomainScore *ds = livc_score_set_get_domain (scores, k);
                if (g_strcmp0 (livc_domain_get_id (ds->domain), id) == 0)
                  {
                    value = ds->score;
                    break;
                  }
              }
          self->matrix[i * n_domains + d] = value;
        }
    }
  return self->matrix;
}

/* The percent score of an assessment in a domain of the reference questionnaire (or
 * overall with LIVC_COMPARISON_OVERALL), NAN when it has none there: no rated item, or
 * its version of the questionnaire has no such domain. */
double
livc_comparison_get_score (LivcComparison *self,
                           guint           index,
                           guint           domain)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), NAN);
  g_return_val_if_fail (index < self->members->len, NAN);
  if (domain == LIVC_COMPARISON_OVERALL)
    return livc_score_set_get_overall (g_array_index (self->members, Member, index).scores)->score;
  g_return_val_if_fail (domain < livc_comparison_get_n_domains (self), NAN);
  return matrix (self)[index * livc_comparison_get_n_domains (self) + domain];
}

/* The assessment that stands out against its peers (the first by default). */
void
livc_comparison_set_highlight (LivcComparison *self,
                               guint           index)
{
  g_return_if_fail (LIVC_IS_COMPARISON (self));
  g_return_if_fail (index < self->members->len);
  self->highlight = index;
}

guint
livc_comparison_get_highlight (LivcComparison *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), 0);
  return self->highlight;
}

/* The p-quantile (0…1) of n sorted values, interpolating linearly between the two
 * nearest ranks (the rule of most spreadsheets' PERCENTILE). */
double
livc_percentile (const double *sorted,
                 guint         n,
                 double        p)
{
  double h;
  guint lo;

  if (n == 0)
    return NAN;
  h = (n - 1) * CLAMP (p, 0.0, 1.0);
  lo = (guint) floor (h);
  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* One member's score of whatever a spread is taken of: a domain, the overall, an item. */
typedef double (*MemberScoreFunc) (LivcComparison *self,
                                   guint           index,
                                   gconstpointer   what);

/* The 25th percentile, median and 75th percentile of score over every member but the
 * highlighted one that has a score; all NAN and FALSE when none has. */
static gboolean
peer_spread (LivcComparison  *self,
             MemberScoreFunc  score,
             gconstpointer    what,
             double          *low,
             double          *median,
             double          *high)
{
  g_autofree double *values = g_new (double, self->members->len + 1);
  guint n = 0;

  for (guint i = 0; i < self->members->len; i++)
    {
      double v = score (self, i, what);

      if (i != self->highlight && !isnan (v))
        values[n++] = v;
    }
  *low = *median = *high = NAN;
  if (n == 0)
    return FALSE;
  qsort (values, n, sizeof (double), compare_doubles);
  *low = livc_percentile (values, n, 0.25);
  *median = livc_percentile (values, n, 0.5);
  *high = livc_percentile (values, n, 0.75);
  return TRUE;
}

static double
domain_score (LivcComparison *self,
              guint           index,
              gconstpointer   what)
{
  return livc_comparison_get_score (self, index, GPOINTER_TO_UINT (what));
}

/* The 25th percentile, median and 75th percentile of a domain's scores (or the overall
 * scores) over every assessment but the highlighted one; FALSE when no peer has a score. */
gboolean
livc_comparison_get_peer_spread (LivcComparison *self,
                                 guint           domain,
                                 double         *low,
                                 double         *median,
                                 double         *high)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (domain == LIVC_COMPARISON_OVERALL ||
                        domain < livc_comparison_get_n_domains (self), FALSE);

  return peer_spread (self, domain_score, GUINT_TO_POINTER (domain), low, median, high);
}

/* An item's score in percent (0…100, like the domains'), matched by id: NAN unless the
 * assessment rated it (its version of the questionnaire may not even have it). */
double
livc_comparison_get_item_score (LivcComparison *self,
                                guint           index,
                                const char     *item_id)
{
  const LivcItemScore *score;

  g_return_val_if_fail (LIVC_IS_COMPARISON (self), NAN);
  g_return_val_if_fail (index < self->members->len, NAN);
  g_return_val_if_fail (item_id != NULL, NAN);

  score = livc_score_set_find_item (g_array_index (self->members, Member, index).scores, item_id);
  if (score == NULL || !score->rated)
    return NAN;
  return 100.0 * score->score;
}

static double
item_score (LivcComparison *self,
            guint           index,
            gconstpointer   what)
{
  return livc_comparison_get_item_score (self, index, what);
}

/* As livc_comparison_get_peer_spread (), for one item by id, in percent: the 25th
 * percentile, median and 75th percentile of the item's score over every assessment but
 * the highlighted one that rated it; FALSE when none did. */
gboolean
livc_comparison_get_item_peer_spread (LivcComparison *self,
                                      const char     *item_id,
                                      double         *low,
                                      double         *median,
                                      double         *high)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return peer_spread (self, item_score, item_id, low, median, high);
}

/* Trends */

void
livc_trend_free (LivcTrend *trend)
{
  if (trend == NULL)
    return;
  g_free (trend->name);
  g_free (trend->members);
  g_free (trend);
}

static LivcAssessment *
member_assessment (LivcComparison *self,
                   guint           i)
{
  return livc_score_set_get_assessment (livc_comparison_get_scores (self, i));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Municipalities by NIS code where given, else by name, in any order: a joint cell is the
 * same cell whichever municipality is named first. */
static char *
municipality_key (LivcAssessment *a)
{
  GListModel *list = livc_assessment_get_municipalities (a);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LivcMunicipality) m = g_list_model_get_item (list, i);
      const char *nis = livc_municipality_get_nis (m);
      const char *name = livc_municipality_get_name (m);

      if (nis != NULL && *nis != '\0')
        g_ptr_array_add (keys, g_strconcat ("#", nis, NULL));
      else
        g_ptr_array_add (keys, g_utf8_casefold (name ? name : "", -1));
    }
  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    g_string_append_printf (key, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (keys, i));
  return g_string_free (key, FALSE);
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  LivcComparison *self = user_data;
  guint i = *(const guint *) a;
  guint j = *(const guint *) b;
  const char *da = livc_assessment_get_date (member_assessment (self, i));
  const char *db = livc_assessment_get_date (member_assessment (self, j));
  int c = g_strcmp0 (da, db);

  return c != 0 ? c : (i > j) - (i < j);
}

static const char *
trend_date (LivcComparison *self,
            guint           index)
{
  return livc_assessment_get_date (livc_score_set_get_assessment (
    livc_comparison_get_scores (self, index)));
}

/* The trend's dates as its charts label them, one string per member: years alone when no
 * two assessments share one, else month and year ("05/2026"); "—" for no date. */
GPtrArray *
livc_comparison_dup_trend_labels (LivcComparison  *self,
                                  const LivcTrend *trend)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  gboolean by_year = TRUE;

  g_return_val_if_fail (LIVC_IS_COMPARISON (self), labels);
  for (guint k = 0; k < trend->n; k++)
    for (guint j = k + 1; j < trend->n; j++)
      if (strncmp (trend_date (self, trend->members[k]), trend_date (self, trend->members[j]),
                   4) == 0)
        by_year = FALSE;
  for (guint k = 0; k < trend->n; k++)
    {
      const char *date = trend_date (self, trend->members[k]);

      g_ptr_array_add (labels, !livc_date_is_valid (date) ? g_strdup ("—")
                               : by_year ? g_strndup (date, 4)
                               : g_strdup_printf ("%.2s/%.4s", date + 5, date));
    }
  return labels;
}

/* Every municipality (or joint cell) that appears at two dates or more, in the order of
 * its first assessment; members oldest first. */
GPtrArray *
livc_comparison_dup_trends (LivcComparison *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GPtrArray *trends = g_ptr_array_new_with_free_func ((GDestroyNotify) livc_trend_free);

  g_return_val_if_fail (LIVC_IS_COMPARISON (self), trends);

  for (guint i = 0; i < self->members->len; i++)
    {
      LivcAssessment *a = member_assessment (self, i);
      char *key = municipality_key (a);
      GArray *group = g_hash_table_lookup (groups, key);

      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (groups, key, group);
          g_ptr_array_add (order, group);
        }
      else
        g_free (key);
      g_array_append_val (group, i);
    }

  for (guint g = 0; g < order->len; g++)
    {
      GArray *group = g_ptr_array_index (order, g);
      LivcAssessment *first;
      LivcTrend *trend;
      gboolean dated = FALSE;

      if (group->len < 2)
        continue;
      g_array_sort_with_data (group, compare_by_date, self);
      first = member_assessment (self, g_array_index (group, guint, 0));
      for (guint k = 1; k < group->len; k++)
        {
          LivcAssessment *a = member_assessment (self, g_array_index (group, guint, k));
          if (g_strcmp0 (livc_assessment_get_date (a), livc_assessment_get_date (first)) != 0)
            dated = TRUE;
        }
      if (!dated)
        continue;
      trend = g_new0 (LivcTrend, 1);
      trend->name = livc_assessment_dup_municipality_names (first, " · ");
      trend->n = group->len;
      trend->members = g_memdup2 (group->data, group->len * sizeof (guint));
      g_ptr_array_add (trends, trend);
    }
  return trends;
}

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  const LivcItemMove *x = a;
  const LivcItemMove *y = b;

  if (x->change != y->change)
    return x->change < y->change ? 1 : -1;
  return (livc_item_get_index (x->item) > livc_item_get_index (y->item)) -
         (livc_item_get_index (x->item) < livc_item_get_index (y->item));
}

/* The items rated in both assessments whose rating changed, matched by id, the largest
 * improvement first and the largest decline last. */
GArray *
livc_comparison_dup_moves (LivcComparison *self,
                           guint           before,
                           guint           after)
{
  GArray *moves = g_array_new (FALSE, TRUE, sizeof (LivcItemMove));
  LivcScoreSet *b, *a;

  g_return_val_if_fail (LIVC_IS_COMPARISON (self), moves);
  g_return_val_if_fail (before < self->members->len && after < self->members->len, moves);

  b = livc_comparison_get_scores (self, before);
  a = livc_comparison_get_scores (self, after);
  for (guint i = 0; i < livc_score_set_get_n_items (a); i++)
    {
      const LivcItemScore *later = livc_score_set_get_item (a, i);
      const LivcItemScore *earlier = livc_score_set_find_item (b, livc_item_get_id (later->item));
      LivcItemMove move = { 0 };

      if (earlier == NULL || !earlier->rated || !later->rated || earlier->score == later->score)
        continue;
      move.item_id = livc_item_get_id (later->item);
      move.item = later->item;
      move.before = earlier->effective;
      move.after = later->effective;
      move.change = later->score - earlier->score;
      g_array_append_val (moves, move);
    }
  g_array_sort (moves, compare_moves);
  return moves;
}

/* With added, the items of after's questionnaire that before's has not; else those of
 * before's that after's has not (LivcItem*, borrowed). */
GPtrArray *
livc_comparison_dup_unmatched (LivcComparison *self,
                               guint           before,
                               guint           after,
                               gboolean        added)
{
  GPtrArray *items = g_ptr_array_new ();
  guint from_i = added ? after : before;
  guint to_i = added ? before : after;
  LivcQuestionnaire *from, *to;

  g_return_val_if_fail (LIVC_IS_COMPARISON (self), items);
  g_return_val_if_fail (before < self->members->len && after < self->members->len, items);

  from = livc_score_set_get_questionnaire (livc_comparison_get_scores (self, from_i));
  to = livc_score_set_get_questionnaire (livc_comparison_get_scores (self, to_i));
  if (from == to)
    return items;
  for (guint i = 0; i < livc_questionnaire_get_n_items (from); i++)
    {
      LivcItem *item = livc_questionnaire_get_item (from, i);

      if (livc_questionnaire_find_item (to, livc_item_get_id (item)) == NULL)
        g_ptr_array_add (items, item);
    }
  return items;
}
