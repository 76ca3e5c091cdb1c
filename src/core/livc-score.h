/* livc-score.h: the scores of one assessment against its questionnaire, computed once
 * and read by the CLI, the report and the app.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-assessment.h"
#include "livc-questionnaire.h"

G_BEGIN_DECLS

#define LIVC_TYPE_SCORE_SET (livc_score_set_get_type ())
G_DECLARE_FINAL_TYPE (LivcScoreSet, livc_score_set, LIVC, SCORE_SET, GObject)

typedef struct
{
  LivcItem *item;
  int       effective;    /* a level, LIVC_VALUE_NA, LIVC_VALUE_UNKNOWN or LIVC_VALUE_NONE */
  double    score;        /* 0..1, NAN unless rated */
  int       disagreement; /* in levels; -1 with fewer than two level ratings */
  int       min_rating;   /* lowest and highest level rating, when disagreement ≥ 0 */
  int       max_rating;
  guint     n_ratings;    /* level ratings */
  gboolean  rated;
  gboolean  answered;
  gboolean  alert;
  gboolean  to_discuss;
  const char *instance;   /* the instance of a repeated domain, NULL for an item asked once */
} LivcItemScore;

/* Whether a domain is asked. A conditional domain is asked only when its gating item is
 * rated at a level of at least when-min; otherwise it is not shown, has no score and is
 * left out of completeness and the overall counts. */
typedef enum
{
  LIVC_DOMAIN_ASKED,
  LIVC_DOMAIN_GATE_NOT_MET,    /* the gating item is rated below when-min, or na */
  LIVC_DOMAIN_GATE_UNANSWERED, /* the gating item is unanswered or unknown */
} LivcDomainState;

typedef struct
{
  LivcDomain *domain;     /* NULL for the overall row */
  double      score;      /* percent, NAN when there is no score */
  LivcStage  *stage;      /* NULL when there is no score or no stage */
  guint       rated;
  guint       answered;
  guint       items;
  guint       alerts;
  guint       to_discuss;
  LivcDomainState           state;
  int                       gate_value; /* the gating item's effective rating */
  const LivcDomainInstance *instance;   /* an instance's row of a repeated domain, or NULL */
} LivcDomainScore;

LivcScoreSet          *livc_score_set_new                (LivcQuestionnaire *questionnaire,
                                                          LivcAssessment    *assessment);
LivcQuestionnaire     *livc_score_set_get_questionnaire  (LivcScoreSet *self);
LivcAssessment        *livc_score_set_get_assessment     (LivcScoreSet *self);
guint                  livc_score_set_get_n_domains      (LivcScoreSet *self);
const LivcDomainScore *livc_score_set_get_domain         (LivcScoreSet *self,
                                                          guint         index);
const LivcDomainScore *livc_score_set_get_overall        (LivcScoreSet *self);
guint                  livc_score_set_get_n_items        (LivcScoreSet *self);
const LivcItemScore   *livc_score_set_get_item           (LivcScoreSet *self,
                                                          guint         index);
const LivcItemScore   *livc_score_set_find_item          (LivcScoreSet *self,
                                                          const char   *item_id);
const LivcItemScore   *livc_score_set_find_instance_item (LivcScoreSet *self,
                                                          const char   *item_id,
                                                          const char   *instance_id);
const LivcDomainScore *livc_score_set_get_instance       (LivcScoreSet *self,
                                                          guint         domain_index,
                                                          guint         instance_index);
double                 livc_score_set_get_completeness   (LivcScoreSet *self);
GPtrArray             *livc_score_set_get_recommendations (LivcScoreSet *self);
GPtrArray             *livc_score_set_dup_agenda         (LivcScoreSet *self);

int                    livc_effective_rating             (LivcAnswer *answer);

G_END_DECLS
