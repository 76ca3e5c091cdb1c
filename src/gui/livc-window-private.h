/* livc-window-private.h: the main window's state and private functions, shared by its own
 * files only: livc-window.c, livc-window-actions.c and livc-window-team.c.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-agenda-view.h"
#include "livc-document.h"
#include "livc-presentation-view.h"
#include "livc-radar-view.h"
#include "livc-results-view.h"
#include "livc-round-view.h"
#include "livc-score-text.h"
#include "livc-window.h"

G_BEGIN_DECLS

/* The live round's part of the window, in livc-window-live.c. */
typedef struct _LivcWindowLive LivcWindowLive;

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
  GtkInfoBar           *disk_bar;
  GtkLabel             *disk_label;
  GtkInfoBar           *autosave_bar;
  GtkLabel             *autosave_label;
  GtkListBox           *domain_list;
  AdwFlap              *sidebar_flap;
  GtkWidget            *sidebar_button;
  AdwFlap              *radar_flap;
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
  LivcRoundView        *round_view;
  LivcAgendaView       *agenda_view;

  LivcDocument         *document;
  GSettings            *settings;     /* NULL when the schema is not installed */
  char                 *lang;         /* the questionnaire's language on screen */
  GPtrArray            *domain_rows;  /* sidebar rows, one per domain, then results */
  GtkNativeDialog      *chooser;
  GtkWindow            *shortcuts;    /* the shortcuts window, once shown */
  GListModel           *pending_items; /* the domain's items, when rows of it come next frame */
  GdkFrameClock        *pending_clock; /* watched for the frame that shows the first rows */
  int                   current_domain; /* or LIVC_WINDOW_RESULTS, LIVC_WINDOW_AGENDA */
  gboolean              close_confirmed;
  gboolean              round_mode;     /* domains show the members' grid */
  gboolean              radar_before_round;
  LivcWindowLive       *live;           /* the live round, when the app offers it */
};

/* current_domain for the pages after the domains in the sidebar */
#define LIVC_WINDOW_RESULTS (-1)
#define LIVC_WINDOW_AGENDA  (-3)

/* Shared by the window's own files only: livc-window.c (views, files, recovery),
 * livc-window-actions.c (the win.* actions) and livc-window-team.c (the team's meeting). */
void              _livc_window_class_actions_init     (LivcWindowClass *klass);
void              _livc_window_class_team_init        (LivcWindowClass *klass);
void              _livc_window_update_actions         (LivcWindow      *self);
void              _livc_window_show_agenda            (LivcWindow      *self);
void              _livc_window_set_questionnaire_lang (LivcWindow      *self,
                                                       const char      *lang);
void              _livc_window_add_recent             (LivcWindow      *self,
                                                       const char      *path);
void              _livc_window_toast                  (LivcWindow      *self,
                                                       const char      *text);
void              _livc_window_confirm_close          (LivcWindow      *self);
AdwMessageDialog *_livc_window_new_question           (LivcWindow      *self,
                                                       const char      *heading,
                                                       const char      *first_id,
                                                       const char      *first_label,
                                                       const char      *last_id,
                                                       const char      *last_label);
LivcWindow       *_livc_window_for_new_document       (LivcWindow      *self);
void              _livc_window_reload                 (LivcWindow      *self);
LivcDocument     *_livc_window_load_file              (LivcWindow      *self,
                                                       GFile           *file,
                                                       const char      *heading,
                                                       LivcDiagnostics *diag);

#ifdef LIVC_HAVE_LIVE
#include "livc-live-round.h"

/* livc-window-live.c: the live round, members rating from their phones. */
void              _livc_window_class_live_init        (LivcWindowClass *klass);
void              _livc_window_live_init              (LivcWindow      *self);
void              _livc_window_live_stop              (LivcWindow      *self);
void              _livc_window_live_dispose           (LivcWindow      *self);
LivcLiveRound    *_livc_window_live_get_round         (LivcWindow      *self);
#else
static inline void _livc_window_class_live_init (LivcWindowClass *klass) { }
static inline void _livc_window_live_init       (LivcWindow      *self) { }
static inline void _livc_window_live_stop       (LivcWindow      *self) { }
static inline void _livc_window_live_dispose    (LivcWindow      *self) { }
#endif

G_END_DECLS
