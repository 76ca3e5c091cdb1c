/* livc-questionnaire-private.h: the questionnaire classes' fields, for the loader that
 * builds them. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-array-list.h"
#include "livc-questionnaire.h"

G_BEGIN_DECLS

struct _LivcScale
{
  GObject   parent_instance;
  char     *id;
  GArray   *levels; /* LivcLevel, values strictly increasing once valid */
  int       line;
};

struct _LivcStage
{
  GObject   parent_instance;
  char     *id;
  double    min;
  LivcText *label;
  LivcText *description;
  int       line;
};

struct _LivcItem
{
  GObject     parent_instance;
  char       *id;
  LivcScale  *scale;
  double      weight;
  LivcBasis   basis;
  LivcText   *text;
  LivcText   *guidance;
  GPtrArray  *references; /* char*, NULL-terminated */
  LivcDomain *domain;     /* unowned: the domain owns its items */
  guint       index;      /* position among all items of the questionnaire */
  int         line;
};

struct _LivcRecommendation
{
  GObject                parent_instance;
  LivcRecommendationKind kind;
  double                 min;
  double                 max;
  char                  *item_id;
  double                 below;
  LivcText              *text;
  LivcDomain            *domain; /* unowned */
  int                    line;
};

struct _LivcDomain
{
  GObject     parent_instance;
  char       *id;
  double      weight;
  LivcText   *title;
  LivcText   *description;
  LivcArrayList *items;
  LivcArrayList *recommendations;
  guint       index;
  int         line;
};

struct _LivcQuestionnaire
{
  GObject     parent_instance;
  char       *id;
  char       *version;
  char       *source_lang;
  char       *location;
  LivcText   *title;
  LivcText   *description;
  LivcArrayList *scales;
  LivcArrayList *stages;
  LivcArrayList *domains;
  GPtrArray  *items;        /* LivcItem*, unowned, questionnaire order */
  GHashTable *items_by_id;  /* id → LivcItem*, unowned */
};

LivcScale          *livc_scale_new              (void);
LivcStage          *livc_stage_new              (void);
LivcItem           *livc_item_new               (void);
LivcRecommendation *livc_recommendation_new     (void);
LivcDomain         *livc_domain_new             (void);
LivcQuestionnaire  *livc_questionnaire_new      (void);
void                livc_questionnaire_index    (LivcQuestionnaire *self);

G_END_DECLS
