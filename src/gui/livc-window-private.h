/* livc-window-private.h: the main window's state, shared by livc-window.c (views) and
 * livc-window-actions.c (files, export, print, recovery).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-document.h"
#include "livc-presentation-view.h"
#include "livc-radar-view.h"
#include "livc-results-view.h"
#include "livc-window.h"

G_BEGIN_DECLS

struct _LivcWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *new_button;
  GtkWidget            *recent_group;
  GtkListBox           *recent_list;
  AdwWindowTitle       *window_title;
  GtkListBox           *domain_list;
  GtkStack             *content_stack;
  GtkScrolledWindow    *items_scrolled;
  GtkLabel             *domain_title;
  GtkLabel             *domain_description;
  GtkListBox           *item_list;
  LivcResultsView      *results_view;
  GtkWidget            *radar_separator;
  GtkWidget            *radar_panel;
  GtkLabel             *overall_label;
  GtkLabel             *stage_label;
  LivcRadarView        *radar_view;
  LivcPresentationView *presentation_view;

  LivcDocument         *document;
  GSettings            *settings;     /* NULL when the schema is not installed */
  char                 *lang;         /* the questionnaire's language on screen */
  GPtrArray            *domain_rows;  /* sidebar rows, one per domain, then results */
  GtkNativeDialog      *chooser;
  int                   current_domain; /* -1 for the results page */
  gboolean              close_confirmed;
};

void     livc_window_actions_init        (LivcWindowClass *klass);
void     livc_window_update_actions      (LivcWindow      *self);
void     livc_window_on_recent_activated (GtkListBox      *box,
                                          GtkListBoxRow   *row,
                                          LivcWindow      *self);
void     livc_window_add_recent          (LivcWindow      *self,
                                          const char      *path);
void     livc_window_refresh_recent      (LivcWindow      *self);
void     livc_window_confirm_close       (LivcWindow      *self);
void     livc_window_set_questionnaire_lang (LivcWindow   *self,
                                             const char   *lang);
void     livc_window_toast               (LivcWindow      *self,
                                          const char      *text);

G_END_DECLS
