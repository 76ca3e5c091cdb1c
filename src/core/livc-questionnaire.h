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

G_END_DECLS
