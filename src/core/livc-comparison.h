/* livc-comparison.h: several scored assessments of one questionnaire side by side: domain
 * scores aligned by id, the spread of peers, and the trend of a municipality over time.
 * Read by the comparison report, the CLI and the app's compare view.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-score.h"

G_BEGIN_DECLS

#define LIVC_COMPARISON_ERROR (livc_comparison_error_quark ())

/* In place of a domain index: the overall score. */
#define LIVC_COMPARISON_OVERALL G_MAXUINT

typedef enum
{
  LIVC_COMPARISON_ERROR_QUESTIONNAIRE,
} LivcComparisonError;

#define LIVC_TYPE_COMPARISON (livc_comparison_get_type ())
G_DECLARE_FINAL_TYPE (LivcComparison, livc_comparison, LIVC, COMPARISON, GObject)

/* Assessments of one municipality (or one joint cell) at several dates, oldest first. */
typedef struct
{
  char   *name;    /* the municipalities' names */
  guint   n;
  guint  *members; /* indices into the comparison */
} LivcTrend;

typedef struct
{
  const char *item_id;
  LivcItem   *item;   /* in the later assessment's questionnaire */
  int         before; /* effective ratings, levels */
  int         after;
  double      change; /* item score after − before, −1…1 */
} LivcItemMove;

GQuark             livc_comparison_error_quark       (void);
LivcComparison    *livc_comparison_new               (void);
gboolean           livc_comparison_add               (LivcComparison *self,
                                                      LivcScoreSet   *scores,
                                                      const char     *label,
                                                      GError        **error);
guint              livc_comparison_get_n             (LivcComparison *self);
LivcScoreSet      *livc_comparison_get_scores        (LivcComparison *self,
                                                      guint           index);
const char        *livc_comparison_get_label         (LivcComparison *self,
                                                      guint           index);
LivcQuestionnaire *livc_comparison_get_questionnaire (LivcComparison *self);
guint              livc_comparison_get_n_domains     (LivcComparison *self);
LivcDomain        *livc_comparison_get_domain        (LivcComparison *self,
                                                      guint           domain);
double             livc_comparison_get_score         (LivcComparison *self,
                                                      guint           index,
                                                      guint           domain);
void               livc_comparison_set_highlight     (LivcComparison *self,
                                                      guint           index);
guint              livc_comparison_get_highlight     (LivcComparison *self);
gboolean           livc_comparison_get_peer_spread   (LivcComparison *self,
                                                      guint           domain,
                                                      double         *low,
                                                      double         *median,
                                                      double         *high);
double             livc_comparison_get_item_score    (LivcComparison *self,
                                                      guint           index,
                                                      const char     *item_id);
gboolean           livc_comparison_get_item_peer_spread (LivcComparison *self,
                                                         const char     *item_id,
                                                         double         *low,
                                                         double         *median,
                                                         double         *high);
GPtrArray         *livc_comparison_dup_trends        (LivcComparison *self);
GPtrArray         *livc_comparison_dup_trend_labels (LivcComparison  *self,
                                                      const LivcTrend *trend);
GArray            *livc_comparison_dup_moves         (LivcComparison *self,
                                                      guint           before,
                                                      guint           after);
GPtrArray         *livc_comparison_dup_unmatched     (LivcComparison *self,
                                                      guint           before,
                                                      guint           after,
                                                      gboolean        added);

void               livc_trend_free                   (LivcTrend      *trend);
double             livc_percentile                   (const double   *sorted,
                                                      guint           n,
                                                      double          p);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcTrend, livc_trend_free)

G_END_DECLS
