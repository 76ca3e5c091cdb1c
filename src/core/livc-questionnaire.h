/* livc-questionnaire.h: a questionnaire and its scales, stages, domains, items and
 * recommendations, read-only once loaded.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-domain.h"
#include "livc-item.h"
#include "livc-recommendation.h"
#include "livc-scale.h"
#include "livc-stage.h"
#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_QUESTIONNAIRE (livc_questionnaire_get_type ())
G_DECLARE_FINAL_TYPE (LivcQuestionnaire, livc_questionnaire, LIVC, QUESTIONNAIRE, GObject)

/* How livc_questionnaire_dup_rating_label() writes a rating: the words for the values
 * without a level, what stands between a level's value and its label, and whether the
 * label (the questionnaire's text) is isolated from the caller's own words. */
typedef struct
{
  const char *na;
  const char *unknown;
  const char *none;
  const char *separator;
  gboolean    isolate;
} LivcRatingWords;

const char     *livc_questionnaire_get_id          (LivcQuestionnaire *self);
const char     *livc_questionnaire_get_version     (LivcQuestionnaire *self);
const char     *livc_questionnaire_get_source_lang (LivcQuestionnaire *self);
const LivcText *livc_questionnaire_get_title       (LivcQuestionnaire *self);
const LivcText *livc_questionnaire_get_description (LivcQuestionnaire *self);
const char     *livc_questionnaire_get_location    (LivcQuestionnaire *self);
GListModel     *livc_questionnaire_get_scales      (LivcQuestionnaire *self);
GListModel     *livc_questionnaire_get_stages      (LivcQuestionnaire *self);
GListModel     *livc_questionnaire_get_domains     (LivcQuestionnaire *self);
guint           livc_questionnaire_get_n_items     (LivcQuestionnaire *self);
LivcItem       *livc_questionnaire_get_item        (LivcQuestionnaire *self,
                                                    guint              index);
LivcItem       *livc_questionnaire_find_item       (LivcQuestionnaire *self,
                                                    const char        *item_id);
LivcDomain     *livc_questionnaire_find_domain     (LivcQuestionnaire *self,
                                                    const char        *domain_id);
GPtrArray      *livc_questionnaire_find_replacements (LivcQuestionnaire *self,
                                                      const char        *old_id);
LivcStage      *livc_questionnaire_stage_for_score (LivcQuestionnaire *self,
                                                    double             score);
const char     *livc_questionnaire_lookup          (LivcQuestionnaire *self,
                                                    const LivcText    *text,
                                                    const char        *lang);
char           *livc_questionnaire_dup_rating_label (LivcQuestionnaire     *self,
                                                    LivcItem              *item,
                                                    int                    value,
                                                    const char            *lang,
                                                    const LivcRatingWords *words);

G_END_DECLS
