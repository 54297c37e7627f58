/** The validated course, bundled into the player by build-scripts/vite-course-plugin.ts. */
declare module 'virtual:lmspack/course' {
  const course: import('./validated-course.ts').ValidatedCourse;
  export default course;
}
