/* livc-questionnaire.h: a questionnaire and its scales, stages, domains, items and
 * recommendations, read-only once loaded.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_SCALE (livc_scale_get_type ())
G_DECLARE_FINAL_TYPE (LivcScale, livc_scale, LIVC, SCALE, GObject)
#define LIVC_TYPE_STAGE (livc_stage_get_type ())
G_DECLARE_FINAL_TYPE (LivcStage, livc_stage, LIVC, STAGE, GObject)
#define LIVC_TYPE_ITEM (livc_item_get_type ())
G_DECLARE_FINAL_TYPE (LivcItem, livc_item, LIVC, ITEM, GObject)
#define LIVC_TYPE_RECOMMENDATION (livc_recommendation_get_type ())
G_DECLARE_FINAL_TYPE (LivcRecommendation, livc_recommendation, LIVC, RECOMMENDATION, GObject)
#define LIVC_TYPE_DOMAIN (livc_domain_get_type ())
G_DECLARE_FINAL_TYPE (LivcDomain, livc_domain, LIVC, DOMAIN, GObject)
#define LIVC_TYPE_QUESTIONNAIRE (livc_questionnaire_get_type ())
G_DECLARE_FINAL_TYPE (LivcQuestionnaire, livc_questionnaire, LIVC, QUESTIONNAIRE, GObject)

typedef struct
{
  int       value;
  LivcText *label;
  LivcText *description;
} LivcLevel;

const char         *livc_scale_get_id                (LivcScale          *self);
guint               livc_scale_get_n_levels          (LivcScale          *self);
const LivcLevel    *livc_scale_get_level             (LivcScale          *self,
                                                      guint               index);
int                 livc_scale_find_level            (LivcScale          *self,
                                                      int                 value);
int                 livc_scale_get_min               (LivcScale          *self);
int                 livc_scale_get_max               (LivcScale          *self);
double              livc_scale_normalize             (LivcScale          *self,
                                                      int                 value);

const char         *livc_stage_get_id                (LivcStage          *self);
double              livc_stage_get_min               (LivcStage          *self);
const LivcText     *livc_stage_get_label             (LivcStage          *self);
const LivcText     *livc_stage_get_description       (LivcStage          *self);

const char         *livc_item_get_id                 (LivcItem           *self);
LivcScale          *livc_item_get_scale              (LivcItem           *self);
double              livc_item_get_weight             (LivcItem           *self);
LivcBasis           livc_item_get_basis              (LivcItem           *self);
const LivcText     *livc_item_get_text               (LivcItem           *self);
const LivcText     *livc_item_get_guidance           (LivcItem           *self);
const char * const *livc_item_get_references         (LivcItem           *self);
LivcDomain         *livc_item_get_domain             (LivcItem           *self);
guint               livc_item_get_index              (LivcItem           *self);

typedef enum
{
  LIVC_RECOMMENDATION_BAND,
  LIVC_RECOMMENDATION_ITEM,
} LivcRecommendationKind;

LivcRecommendationKind livc_recommendation_get_kind  (LivcRecommendation *self);
double              livc_recommendation_get_min      (LivcRecommendation *self);
double              livc_recommendation_get_max      (LivcRecommendation *self);
const char         *livc_recommendation_get_item_id  (LivcRecommendation *self);
double              livc_recommendation_get_below    (LivcRecommendation *self);
const LivcText     *livc_recommendation_get_text     (LivcRecommendation *self);
LivcDomain         *livc_recommendation_get_domain   (LivcRecommendation *self);

const char         *livc_domain_get_id               (LivcDomain         *self);
double              livc_domain_get_weight           (LivcDomain         *self);
const LivcText     *livc_domain_get_title            (LivcDomain         *self);
const LivcText     *livc_domain_get_description      (LivcDomain         *self);
GListModel         *livc_domain_get_items            (LivcDomain         *self);
GListModel         *livc_domain_get_recommendations  (LivcDomain         *self);
guint               livc_domain_get_index            (LivcDomain         *self);

const char         *livc_questionnaire_get_id            (LivcQuestionnaire *self);
const char         *livc_questionnaire_get_version       (LivcQuestionnaire *self);
const char         *livc_questionnaire_get_source_lang   (LivcQuestionnaire *self);
const LivcText     *livc_questionnaire_get_title         (LivcQuestionnaire *self);
const LivcText     *livc_questionnaire_get_description   (LivcQuestionnaire *self);
const char         *livc_questionnaire_get_location      (LivcQuestionnaire *self);
GListModel         *livc_questionnaire_get_scales        (LivcQuestionnaire *self);
GListModel         *livc_questionnaire_get_stages        (LivcQuestionnaire *self);
GListModel         *livc_questionnaire_get_domains       (LivcQuestionnaire *self);
guint               livc_questionnaire_get_n_items       (LivcQuestionnaire *self);
LivcItem           *livc_questionnaire_get_item          (LivcQuestionnaire *self,
                                                          guint              index);
LivcItem           *livc_questionnaire_find_item         (LivcQuestionnaire *self,
                                                          const char        *item_id);
LivcDomain         *livc_questionnaire_find_domain       (LivcQuestionnaire *self,
                                                          const char        *domain_id);
LivcStage          *livc_questionnaire_stage_for_score   (LivcQuestionnaire *self,
                                                          double             score);
const char         *livc_questionnaire_lookup            (LivcQuestionnaire *self,
                                                          const LivcText    *text,
                                                          const char        *lang);

G_END_DECLS
