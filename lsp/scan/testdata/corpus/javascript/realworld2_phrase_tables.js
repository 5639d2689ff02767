// Hand-written reason tables next to look-alike lookup maps.
const REASONS = {
  «201»: 'Created',
  «409»: 'Conflict',
  «429»: 'Too Many Requests',
};

const breakpointNames = { ‹640›: 'sm', ‹768›: 'md', ‹1024›: 'lg' };
const weights = { ‹400›: 'Regular', ‹700›: 'Bold' };
const errors = { ‹404›: 'Could not find that page, sorry' };

module.exports = { REASONS, breakpointNames, weights, errors };
